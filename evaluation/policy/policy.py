#!/usr/bin/env python3
"""Policy-document test corpus: five Chinese policy texts written for the purpose, typeset by LibreOffice Writer
(run by make-policy.sh; stdlib only).

  policy.py generate OUT_DIR   -> OUT_DIR/NAME.fodt (LibreOffice flat ODF) and NAME.gold.json for every document

The gold of a document is built here from the same text the .fodt is made of, never read back from the PDF.
Every document is a list of blocks (kind, text, ...); the layouts (GB/T 9704 红头文件, a statute, a plain web PDF,
a white paper) only decide how each kind of block is typeset.
"""
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

SERIF = "Noto Serif CJK SC"   # 仿宋 for the body; in bold, 小标宋 for titles and 楷体 for the second heading level
SANS = "Noto Sans CJK SC"     # 黑体
RED = "#ff0000"


# ---------------------------------------------------------------------------------------------- styles

def text_props(font=SERIF, size=16, bold=False, color=None, spacing=None):
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    colour = f' fo:color="{color}"' if color else ""
    letters = f' fo:letter-spacing="{spacing}"' if spacing else ""
    return (f'<style:text-properties style:font-name="{font}" style:font-name-asian="{font}" '
            f'fo:font-size="{size}pt" style:font-size-asian="{size}pt"{weight}{colour}{letters}/>')


def pstyle(name, parent="Standard", align=None, indent=None, left=None, right=None, top=None, bottom=None,
           line=None, keep=False, break_before=False, border_top=None, border_bottom=None, padding=None,
           master=None, page_number=None, tabs=None, outline=None, **text):
    props = []
    if align:
        props.append(f'fo:text-align="{align}"')
    for attr, value in (("fo:text-indent", indent), ("fo:margin-left", left), ("fo:margin-right", right),
                        ("fo:margin-top", top), ("fo:margin-bottom", bottom), ("fo:line-height", line),
                        ("fo:border-top", border_top), ("fo:border-bottom", border_bottom)):
        if value is not None:
            props.append(f'{attr}="{value}"')
    if padding:
        props.append(padding)
    if border_top or border_bottom:
        props.append('style:join-border="false"')
    if keep:
        props.append('fo:keep-with-next="always"')
    if break_before:
        props.append('fo:break-before="page"')
    if page_number is not None:
        props.append(f'style:page-number="{page_number}"')
    tab_xml = ""
    if tabs:
        tab_xml = "<style:tab-stops>" + "".join(
            f'<style:tab-stop style:position="{pos}" style:type="{kind}"/>' for pos, kind in tabs) + "</style:tab-stops>"
    para = f'<style:paragraph-properties {" ".join(props)}>{tab_xml}</style:paragraph-properties>'
    master_attr = f' style:master-page-name="{master}"' if master else ""
    outline_attr = f' style:default-outline-level="{outline}"' if outline else ""
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}"'
            f'{master_attr}{outline_attr}>{para}{text_props(**text) if text else ""}</style:style>')


def tstyle(name, **text):
    return f'<style:style style:name="{name}" style:family="text">{text_props(**text)}</style:style>'


# GB/T 9704-2012: A4, 版心 156 mm × 225 mm, top margin 37 mm, left 28 mm; 22 lines of 28 characters in 3号 (16 pt)
# 仿宋; 一字 = 16 pt. Headings: 一、 黑体, （一） 楷体, 1. and （1） 仿宋. Page numbers 4号 (14 pt) with 一字线 on either
# side, odd pages right and even pages left, one character in.
GB_LINE = "28.9pt"   # 225 mm / 22 lines
GB = dict(size=16)
GB_STYLES = [
    pstyle("G_Body", align="justify", indent="32pt", line=GB_LINE, **GB),
    pstyle("G_BodyLast", align="justify", indent="32pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Flush", align="justify", line=GB_LINE, **GB),
    pstyle("G_Issuer", align="center", top="62pt", line="100%", font=SERIF, bold=True, color=RED, size=52),
    pstyle("G_IssuerWide", parent="G_Issuer", align="center", left="14pt", spacing="14pt", font=SERIF, bold=True,
           color=RED, size=58),
    pstyle("G_DocNo", align="center", top="50pt", line=GB_LINE, border_bottom=f"2.2pt solid {RED}",
           padding='fo:padding-bottom="11.3pt" fo:padding-top="0pt" fo:padding-left="0pt" fo:padding-right="0pt"', **GB),
    pstyle("G_Title", align="center", top="50pt", bottom="28.9pt", line="34pt", font=SERIF, bold=True, size=22),
    pstyle("G_H1", align="justify", indent="32pt", line=GB_LINE, keep=True, font=SANS, size=16),
    pstyle("G_H2", align="justify", indent="32pt", line=GB_LINE, keep=True, font=SERIF, bold=True, size=16),
    pstyle("G_H3", align="justify", indent="32pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_AttachList", align="justify", left="80pt", indent="-48pt", top="28.9pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_AttachMore", align="justify", left="80pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Signer", align="right", right="70pt", top="28.9pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Date", align="right", right="32pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Signer1999", align="right", right="128pt", top="57.8pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Date1999", align="right", right="64pt", line=GB_LINE, keep=True, **GB),
    pstyle("G_Note", align="justify", indent="32pt", top="0pt", line=GB_LINE, **GB),
    pstyle("G_AttLabel", align="left", line=GB_LINE, break_before=True, font=SANS, size=16),
    pstyle("G_AttTitle", align="center", top="28.9pt", bottom="28.9pt", line="34pt", font=SERIF, bold=True, size=22),
    pstyle("G_FootOdd", align="right", right="14pt", font=SERIF, size=14),
    pstyle("G_FootEven", align="left", left="14pt", font=SERIF, size=14),
    # 版记: 4号 (14 pt); the first and last rules thick (0.35 mm), the one between thin (0.25 mm), 版心 wide;
    # its texts one character in from either side
    pstyle("G_Terms", align="justify", line="24pt", bottom="4pt", padding='fo:padding-left="0pt"', font=SANS, size=16),
    pstyle("G_CopiedTo", align="justify", indent="-42pt", line="24pt", border_top="1pt solid #000000",
           padding='fo:padding-left="56pt" fo:padding-right="14pt" fo:padding-top="3pt" fo:padding-bottom="3pt"',
           font=SERIF, size=14),
    pstyle("G_Printed", align="left", line="24pt", border_top="0.7pt solid #000000", border_bottom="1pt solid #000000",
           padding='fo:padding-left="14pt" fo:padding-right="14pt" fo:padding-top="3pt" fo:padding-bottom="3pt"',
           tabs=[("14.6cm", "right")], font=SERIF, size=14),
    pstyle("G_FrameAnchor", line="2pt", size=2),
]

# A statute as the NPC and State Council databases print it: title, the promulgation line in parentheses,
# chapters centred in 黑体, each article's number in 黑体 followed by an ideographic space.
LAW = dict(size=14)
LAW_STYLES = [
    pstyle("L_Title", align="center", top="12pt", bottom="10pt", line="130%", font=SERIF, bold=True, size=22),
    pstyle("L_Promulgation", align="center", bottom="18pt", line="150%", font=SERIF, size=13),
    pstyle("L_Chapter", align="center", top="14pt", bottom="8pt", line="150%", keep=True, font=SANS, size=15),
    pstyle("L_Body", align="justify", indent="28pt", line="150%", **LAW),
    pstyle("L_Foot", align="center", font=SERIF, size=10.5),
]

# The plain PDF a government website publishes: Word-like margins, no red header, 黑体 title, bold headings.
WEB = dict(size=15)
WEB_STYLES = [
    pstyle("W_Title", align="center", top="6pt", bottom="14pt", line="140%", font=SANS, bold=True, size=20),
    pstyle("W_Meta", align="center", line="150%", font=SERIF, size=14),
    pstyle("W_MetaLast", align="center", bottom="16pt", line="150%", font=SERIF, size=14),
    pstyle("W_Flush", align="justify", top="6pt", line="150%", **WEB),
    pstyle("W_Body", align="justify", indent="30pt", line="150%", **WEB),
    pstyle("W_BodyLast", align="justify", indent="30pt", line="150%", keep=True, **WEB),
    pstyle("W_H1", align="justify", indent="30pt", top="6pt", line="150%", keep=True, font=SANS, bold=True, size=15),
    pstyle("W_H2", align="justify", indent="30pt", line="150%", keep=True, font=SERIF, bold=True, size=15),
    pstyle("W_Signer", align="right", right="60pt", top="30pt", line="150%", keep=True, **WEB),
    pstyle("W_Date", align="right", right="45pt", line="150%", keep=True, **WEB),
    pstyle("W_Note", align="justify", indent="30pt", line="150%", **WEB),
    pstyle("W_Foot", align="center", font=SERIF, size=10.5),
]

# A white paper: a title page with the issuer and month and the contents, then the text on new numbered pages.
WP = dict(size=12)
WP_STYLES = [
    pstyle("P_Title", align="center", top="150pt", bottom="40pt", line="130%", font=SERIF, bold=True, size=28),
    pstyle("P_Issuer", align="center", line="160%", font=SERIF, size=15),
    pstyle("P_Month", align="center", bottom="90pt", line="160%", font=SERIF, size=15),
    pstyle("P_ContentsHead", align="center", bottom="12pt", line="150%", font=SANS, bold=True, size=16),
    pstyle("P_Contents", align="left", left="110pt", line="180%", font=SERIF, size=13),
    pstyle("P_H1", align="center", top="18pt", bottom="10pt", line="150%", keep=True, font=SANS, bold=True, size=16),
    pstyle("P_H1First", parent="P_H1", align="center", top="0pt", bottom="10pt", line="150%", keep=True,
           master="WPBody", page_number=1, font=SANS, bold=True, size=16),
    pstyle("P_H2", align="justify", indent="24pt", top="6pt", line="170%", keep=True, font=SERIF, bold=True, size=12.5),
    pstyle("P_Body", align="justify", indent="24pt", line="170%", **WP),
    pstyle("P_Foot", align="center", font=SERIF, size=10),
]

TEXT_STYLES = [
    tstyle("T_Hei", font=SANS, size=16),
    tstyle("T_Kai", font=SERIF, bold=True, size=16),
    tstyle("T_LawNo", font=SANS, size=14),
    tstyle("T_WebBold", font=SERIF, bold=True, size=15),
]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2" style:punctuation-wrap="simple" style:line-break="strict"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"
   fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"
   style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 @STYLES@
 <style:style style:name="Frame" style:family="graphic"/>
</office:styles>
<office:automatic-styles>
 @PAGES@
 <style:style style:name="frBanji" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties style:vertical-pos="bottom" style:vertical-rel="page-content" style:horizontal-pos="center"
   style:horizontal-rel="page-content" style:wrap="none" style:number-wrapped-paragraphs="no-limit" fo:border="none"
   fo:padding="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0cm"
   fo:background-color="transparent" style:flow-with-text="false"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 @MASTERS@
</office:master-styles>
<office:body><office:text>
"""


def page_layout(name, top, bottom, left, right, footer_gap):
    return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="21cm" '
            f'fo:page-height="29.7cm" fo:margin-top="{top}" fo:margin-bottom="{bottom}" fo:margin-left="{left}" '
            f'fo:margin-right="{right}" style:print-orientation="portrait"/>'
            f'<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="{footer_gap}"/>'
            f'</style:footer-style></style:page-layout>')


def page_number(style, dashes):
    number = '<text:page-number text:select-page="current">1</text:page-number>'
    return f'<text:p text:style-name="{style}">{"— " + number + " —" if dashes else number}</text:p>'


LAYOUTS = {
    # 版心 bottom 35 mm from the page's edge: margin 21 mm + 7 mm gap + the footer line
    "gbt9704": dict(styles=GB_STYLES, pages=[page_layout("pmGB", "3.7cm", "2.1cm", "2.8cm", "2.6cm", "0.7cm")],
                    masters=['<style:master-page style:name="Standard" style:page-layout-name="pmGB">'
                             f'<style:footer>{page_number("G_FootOdd", True)}</style:footer>'
                             f'<style:footer-left>{page_number("G_FootEven", True)}</style:footer-left>'
                             '</style:master-page>']),
    "law": dict(styles=LAW_STYLES, pages=[page_layout("pmLaw", "2.5cm", "1.8cm", "2.8cm", "2.8cm", "0.5cm")],
                masters=['<style:master-page style:name="Standard" style:page-layout-name="pmLaw">'
                         f'<style:footer>{page_number("L_Foot", True)}</style:footer></style:master-page>']),
    "web": dict(styles=WEB_STYLES, pages=[page_layout("pmWeb", "2.54cm", "1.9cm", "3.18cm", "3.18cm", "0.5cm")],
                masters=['<style:master-page style:name="Standard" style:page-layout-name="pmWeb">'
                         f'<style:footer>{page_number("W_Foot", False)}</style:footer></style:master-page>']),
    "white_paper": dict(styles=WP_STYLES, pages=[page_layout("pmWP", "2.6cm", "2cm", "2.8cm", "2.8cm", "0.5cm")],
                        masters=['<style:master-page style:name="Standard" style:page-layout-name="pmWP"/>',
                                 '<style:master-page style:name="WPBody" style:page-layout-name="pmWP">'
                                 f'<style:footer>{page_number("P_Foot", False)}</style:footer></style:master-page>']),
}


# ---------------------------------------------------------------------------------------------- documents
#
# Block kinds:
#   ("h", level, text)             a heading on a line of its own
#   ("r", level, head, rest)       a run-in heading: head + "。" + rest in one paragraph (gold: head, run_in)
#   ("p", text)                    a body paragraph
#   ("art", number, text)          an article: 第一条 + "　" + text (gold: number, the first 20 characters of text)
#   ("chapter", text)              第一章　总则 (gold: a level-1 heading)

NOTICE = dict(
    name="gbt9704-notice", layout="gbt9704", type="notice",
    issuer_mark="国务院办公厅文件", issuers=["国务院办公厅"], document_number="国办发〔2021〕15号",
    title="国务院办公厅关于进一步加强基层公共文化服务设施建设管理的通知",
    addressees="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
    signatories=["国务院办公厅"], signed="2021年6月3日", date_written="2021-06-03",
    sign_indents=("G_Signer", "G_Date"),
    note="（此件公开发布）",
    copied_to="党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，"
              "最高人民检察院，各民主党派中央",
    printer="国务院办公厅", printed="2021年6月5日", date_issued="2021-06-05",
    body=[
        ("p", "基层公共文化服务设施是公共文化服务体系的重要组成部分，是保障人民群众基本文化权益的重要阵地。"
              "近年来，各地区、各有关部门认真贯彻党中央、国务院决策部署，基层公共文化服务设施网络不断健全，"
              "服务效能持续提升。但也要看到，一些地方仍存在设施布局不够合理、管理运行不够规范、服务供给与群众"
              "需求不够匹配等问题。为进一步加强基层公共文化服务设施建设管理，推动公共文化服务高质量发展，经国务院"
              "同意，现就有关事项通知如下："),
        ("h", 1, "一、健全设施网络布局"),
        ("h", 2, "（一）统筹规划设施建设"),
        ("p", "各地要将基层公共文化服务设施建设纳入国土空间规划和国民经济和社会发展规划，按照人口规模和服务半径"
              "合理确定设施布局，优先保障用地需求。新建居住区应当按照相关标准配套建设文化设施，与住宅同步规划、"
              "同步建设、同步验收、同步交付使用。"),
        ("r", 3, "1. 推进县级设施达标", "县级人民政府要对照国家基本公共文化服务标准，推动县级公共图书馆、文化馆"
                                     "达到国家评估定级三级以上标准，2023年底前基本完成未达标设施的改造提升。"),
        ("r", 3, "2. 完善乡村设施网络", "依托乡镇（街道）综合文化站和村（社区）综合性文化服务中心，统筹利用党群"
                                     "服务中心、新时代文明实践站等场所，推动设施资源共建共享。具体要求按照本通知"
                                     "附件1执行。"),
        ("h", 2, "（二）盘活存量设施资源"),
        ("p", "各地要对现有基层公共文化服务设施开展全面摸底排查，建立设施台账，对长期闲置、挪作他用的设施限期"
              "整改。鼓励将闲置的学校、厂房、仓库等改造为公共文化空间，提高设施综合利用效率。"),
        ("h", 1, "二、规范运行管理"),
        ("h", 2, "（一）落实管理主体责任"),
        ("p", "县级文化和旅游行政部门负责本行政区域内基层公共文化服务设施的业务指导和监督管理，乡镇人民政府"
              "（街道办事处）承担属地管理责任。设施管理单位要建立健全岗位责任、安全管理、服务公示等制度。"),
        ("h", 3, "1. 明确开放服务要求"),
        ("r", 4, "（1）开放时间", "乡镇（街道）综合文化站每周开放时间不少于42小时，在法定节假日和学校寒暑假期间"
                               "应当适当延长开放时间。"),
        ("r", 4, "（2）免费项目", "公共空间设施场地开放、文化活动组织、公益性讲座展览等基本服务项目应当免费提供，"
                               "并向社会公示服务项目和开放时间。"),
        ("r", 3, "2. 加强安全管理", "设施管理单位要定期开展消防、建筑和设备安全检查，制定突发事件应急预案，"
                                 "确保群众活动安全。"),
        ("h", 2, "（二）加强队伍建设"),
        ("p", "各地要按照有关规定配齐配强基层文化工作人员，乡镇（街道）综合文化站应当至少配备1名专职工作人员。"
              "建立基层文化工作人员培训制度，每人每年参加集中培训时间不少于5天。"),
        ("h", 1, "三、提升服务效能"),
        ("h", 2, "（一）推动供需有效对接"),
        ("p", "建立群众文化需求征集和评价反馈机制，推行“菜单式”“订单式”服务，提高服务供给的针对性。推进公共文化"
              "数字化建设，提供线上线下相结合的服务。"),
        ("h", 2, "（二）鼓励社会力量参与"),
        ("p", "鼓励通过政府购买服务、项目补贴等方式，引导社会组织、企业和个人参与基层公共文化服务设施运营管理。"
              "具体分工按照本通知附件2执行。"),
        ("h", 1, "四、强化组织保障"),
        ("p", "各地区、各有关部门要把基层公共文化服务设施建设管理工作摆上重要议事日程，加强统筹协调，落实经费"
              "保障。文化和旅游部要会同有关部门加强督促指导，及时总结推广典型经验，重大情况及时报告国务院。"),
    ],
    attachments=[
        dict(label="附件1", title="基层综合性文化服务中心建设基本标准", body=[
            ("h", 1, "一、场地设施"),
            ("p", "村（社区）综合性文化服务中心应当设置综合文化活动室、图书阅览室和室外文体广场。综合文化活动室"
                  "建筑面积一般不少于200平方米，室外文体广场面积一般不少于500平方米，并配备必要的照明、音响和"
                  "健身器材。"),
            ("h", 1, "二、服务内容"),
            ("p", "每年组织开展群众性文化体育活动不少于12次，举办公益性讲座、培训不少于6次，放映公益电影每月"
                  "不少于1场。图书阅览室藏书不少于1500册，并定期更新。"),
            ("h", 1, "三、人员配备"),
            ("p", "每个村（社区）综合性文化服务中心应当明确1名文化管理员，可由村（社区）“两委”成员兼任，"
                  "也可通过政府购买服务等方式配备。"),
        ]),
        dict(label="附件2", title="基层公共文化服务设施建设管理重点任务分工", body=[
            ("p", "一、将基层公共文化服务设施建设纳入国土空间规划，新建居住区按标准配套建设文化设施。"
                  "（自然资源部、住房城乡建设部、文化和旅游部按职责分工负责）"),
            ("p", "二、开展存量设施摸底排查，建立设施台账，对闲置、挪用设施限期整改。"
                  "（文化和旅游部负责，2021年底前完成）"),
            ("p", "三、落实基层文化工作人员配备和培训制度。（文化和旅游部、人力资源社会保障部按职责分工负责）"),
            ("p", "四、推行政府购买公共文化服务，引导社会力量参与设施运营管理。"
                  "（财政部、文化和旅游部按职责分工负责）"),
        ], headings=False),
    ],
)

OPINION = dict(
    name="gbt9704-opinion-old", layout="gbt9704", type="opinion",
    issuer_mark="国务院文件", issuers=["国务院"], document_number="国发〔2006〕4号",
    title="国务院关于加强农村劳动力职业技能培训工作的若干意见",
    addressees="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
    signatories=["国务院"], signed="二〇〇六年一月二十六日", date_written="2006-01-26",
    sign_indents=("G_Signer1999", "G_Date1999"),
    note=None,
    subject_terms="劳动　就业　培训　意见",
    copied_to="党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，最高人民法院，最高人民检察院，"
              "各民主党派中央，全国工商联，各人民团体",
    printer="国务院办公厅秘书局", printed="2006年2月5日", date_issued="2006-02-05",
    body=[
        ("p", "加强农村劳动力职业技能培训，是提高农民就业能力、促进农村富余劳动力转移就业的重要途径，是建设"
              "社会主义新农村的一项基础性工作。“十五”期间，各地区、各部门按照国务院的部署，积极开展农村劳动力"
              "转移培训，取得了明显成效。但总体上看，农村劳动力技能水平偏低、培训投入不足、培训质量不高等问题"
              "仍然比较突出。为进一步做好农村劳动力职业技能培训工作，现提出以下意见："),
        ("h", 1, "一、充分认识加强农村劳动力职业技能培训的重要意义"),
        ("p", "我国农村劳动力数量大，文化程度普遍偏低，大多数未接受过系统的职业技能培训，难以适应工业化、"
              "城镇化和农业现代化的要求。加强农村劳动力职业技能培训，有利于提高农民素质和就业能力，增加农民"
              "收入；有利于促进城乡统筹发展，推进社会主义新农村建设；有利于优化劳动力结构，为经济发展提供"
              "大量合格的技能型劳动者。各地区、各部门要从全面建设小康社会的高度，充分认识这项工作的重要性"
              "和紧迫性，切实把农村劳动力职业技能培训摆上重要位置。"),
        ("h", 1, "二、明确指导思想和目标任务"),
        ("r", 2, "（一）指导思想", "以邓小平理论和“三个代表”重要思想为指导，全面落实科学发展观，坚持以就业为导向，"
                               "以提高农村劳动力职业技能为核心，统筹规划，分类指导，整合资源，建立政府扶持、"
                               "用人单位出资、培训机构减免、农民自愿参加的多元投入机制，全面提高农村劳动力素质。"),
        ("r", 2, "（二）目标任务", "“十一五”期间，对4000万名农村劳动力开展转移就业前的职业技能培训，对5000万名"
                               "农村劳动力开展农业实用技术培训，使有培训需求的农村劳动力都能得到相应的职业技能"
                               "培训，培训合格率达到90%以上，培训后转移就业率达到80%以上。"),
        ("h", 1, "三、突出培训重点，提高培训质量"),
        ("r", 2, "（一）大力开展订单式培训", "鼓励用人单位与培训机构签订培训协议，根据岗位需求确定培训内容和"
                                         "培训规模，实行定向培训、定向就业。对建筑、制造、家政服务、餐饮等"
                                         "用工需求量大的行业，要组织开展专项培训。"),
        ("r", 2, "（二）加强农业实用技术培训", "围绕农业结构调整和优势农产品区域布局，开展种植、养殖、农产品"
                                           "加工等实用技术培训，培养一批有文化、懂技术、会经营的新型农民。"),
        ("r", 2, "（三）规范培训机构管理", "县级以上劳动保障、农业、教育等部门要按照公开、公平、公正的原则，"
                                       "通过招标等方式认定培训机构，向社会公布培训机构名单、培训专业和收费"
                                       "标准。对培训质量差、弄虚作假的培训机构，要取消其承担培训任务的资格。"),
        ("h", 1, "四、加大培训投入，完善扶持政策"),
        ("r", 2, "（一）增加财政投入", "中央财政继续安排专项资金，重点支持中西部地区和粮食主产区的农村劳动力"
                                   "职业技能培训。地方各级人民政府要将农村劳动力培训经费纳入财政预算，并随着"
                                   "财力增长逐步增加。"),
        ("r", 2, "（二）实行培训补贴直补办法", "各地可以采取发放培训券等方式，将培训补贴直接补助给参加培训的"
                                           "农民或者培训机构，提高资金使用效益。培训补贴标准由省级人民政府根据"
                                           "培训成本和当地实际确定。"),
        ("r", 2, "（三）鼓励企业和社会力量参与", "企业要按照职工工资总额的1.5%至2.5%足额提取职工教育经费，"
                                             "用于农民工岗位技能培训。鼓励社会团体和个人捐资兴办农村职业"
                                             "技能培训。"),
        ("h", 1, "五、加强组织领导"),
        ("p", "地方各级人民政府要把农村劳动力职业技能培训纳入当地经济和社会发展规划，建立由劳动保障部门牵头，"
              "农业、教育、财政、扶贫等部门参加的工作协调机制，明确责任，密切配合。要加强培训资金监督检查，"
              "严禁挤占、挪用。各地区、各部门要结合实际，抓紧制定具体实施办法，并将贯彻落实情况及时报告国务院。"),
    ],
    attachments=[],
)

REGULATION = dict(
    name="regulation-articles", layout="law", type="regulation",
    issuers=["国务院"], document_number="国务院令第712号",
    title="电动自行车安全管理条例",
    promulgation="（2019年3月2日中华人民共和国国务院令第712号公布　自2019年5月1日起施行）",
    addressees=None, signatories=[], date_written=None, date_issued="2019-03-02", date_in_force="2019-05-01",
    copied_to=None, attachments=[],
    body=[
        ("chapter", "第一章　总则"),
        ("art", "第一条", "为了加强电动自行车安全管理，预防和减少火灾和道路交通事故，保护人身和财产安全，根据"
                         "《中华人民共和国道路交通安全法》《中华人民共和国消防法》等法律，制定本条例。"),
        ("art", "第二条", "在中华人民共和国境内从事电动自行车生产、销售、维修、登记、通行、充电、停放及其相关"
                         "管理活动，适用本条例。"),
        ("p", "本条例所称电动自行车，是指以车载蓄电池作为辅助能源，具有脚踏骑行能力，能实现电助动或者电驱动"
              "功能，且符合电动自行车安全技术规范强制性国家标准的两轮自行车。"),
        ("art", "第三条", "电动自行车安全管理工作坚持安全第一、预防为主、综合治理的方针，实行政府统一领导、部门"
                         "依法监管、生产经营者全面负责、使用者自觉遵守的工作机制。"),
        ("art", "第四条", "县级以上人民政府应当加强对电动自行车安全管理工作的领导，建立健全协调机制，将电动自行车"
                         "集中充电停放设施建设纳入城乡规划。"),
        ("p", "国务院市场监督管理部门负责电动自行车生产、销售环节产品质量的监督管理；国务院公安部门负责电动"
              "自行车登记、道路通行和消防安全的监督管理；国务院住房和城乡建设主管部门负责指导住宅小区电动自行车"
              "充电停放设施建设。县级以上地方人民政府有关部门按照职责分工，负责本行政区域内电动自行车安全管理"
              "相关工作。"),
        ("chapter", "第二章　生产和销售"),
        ("art", "第五条", "电动自行车生产企业应当依法取得强制性产品认证，按照强制性国家标准组织生产，不得生产"
                         "不符合强制性国家标准的电动自行车。"),
        ("art", "第六条", "电动自行车生产企业应当履行下列义务："),
        ("p", "（一）建立产品质量追溯制度，在车身显著位置标注产品合格证编号；"),
        ("p", "（二）在产品说明书中标明整车质量、最高车速、蓄电池类型和安全使用注意事项；"),
        ("p", "（三）对出厂产品进行检验，检验不合格的不得出厂；"),
        ("p", "（四）法律、行政法规规定的其他义务。"),
        ("art", "第七条", "销售者应当建立进货检查验收制度，查验产品合格证明和强制性产品认证证书。禁止销售未经"
                         "强制性产品认证或者不符合强制性国家标准的电动自行车。"),
        ("art", "第八条", "任何单位和个人不得从事下列行为："),
        ("p", "（一）改装电动自行车的电机、控制器、限速装置；"),
        ("p", "（二）更换不符合强制性国家标准的蓄电池；"),
        ("p", "（三）拆除、改动电动自行车脚踏骑行装置；"),
        ("p", "（四）为他人改装电动自行车提供场所、工具等条件。"),
        ("chapter", "第三章　登记和通行"),
        ("art", "第九条", "电动自行车经公安机关交通管理部门登记后，方可上道路行驶。申请登记时，应当提交所有人的"
                         "身份证明、购车凭证和产品合格证明。"),
        ("p", "公安机关交通管理部门应当自受理申请之日起3个工作日内完成登记，核发号牌和行驶证；资料齐全的，"
              "应当当场办理。"),
        ("art", "第十条", "驾驶电动自行车应当年满16周岁，遵守道路交通安全法律、法规关于非机动车通行的规定。"),
        ("art", "第十一条", "驾驶电动自行车在道路上行驶，不得有下列行为："),
        ("p", "（一）在机动车道内行驶；"),
        ("p", "（二）逆向行驶或者违反交通信号通行；"),
        ("p", "（三）驾驶时手持电话或者以其他方式妨碍安全驾驶；"),
        ("p", "（四）违反规定载人。"),
        ("art", "第十二条", "驾驶和乘坐电动自行车的人员应当按照规定佩戴安全头盔。"),
        ("chapter", "第四章　充电和停放"),
        ("art", "第十三条", "县级以上地方人民政府应当统筹规划集中充电停放场所，推动住宅小区、商业场所、学校、医院"
                           "等配套建设具备定时充电、自动断电、故障报警等功能的充电设施。"),
        ("art", "第十四条", "禁止在建筑物的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电。"),
        ("p", "禁止携带电动自行车或者其蓄电池进入电梯轿厢。"),
        ("art", "第十五条", "物业服务企业应当履行下列安全管理职责："),
        ("p", "（一）对管理区域内的电动自行车停放、充电进行安全巡查；"),
        ("p", "（二）劝阻、制止违规停放和充电行为，劝阻、制止无效的，及时向有关部门报告；"),
        ("p", "（三）开展电动自行车消防安全宣传教育。"),
        ("art", "第十六条", "电动自行车维修经营者应当具备相应的技术条件，不得使用不符合国家标准的零部件。"),
        ("chapter", "第五章　法律责任"),
        ("art", "第十七条", "违反本条例第五条规定，生产不符合强制性国家标准的电动自行车的，由市场监督管理部门责令"
                           "停止生产，没收违法生产的产品和违法所得，并处违法生产产品货值金额等值以上3倍以下的罚款。"),
        ("art", "第十八条", "违反本条例第八条规定，改装电动自行车的，由公安机关交通管理部门责令恢复原状，对单位处"
                           "1万元以上5万元以下的罚款，对个人处200元以上1000元以下的罚款。"),
        ("art", "第十九条", "违反本条例第十四条规定的，由消防救援机构责令改正，对个人给予警告或者处500元以下的"
                           "罚款；拒不改正的，对单位处5000元以上5万元以下的罚款。"),
        ("art", "第二十条", "有关部门工作人员在电动自行车安全管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予"
                           "处分；构成犯罪的，依法追究刑事责任。"),
        ("chapter", "第六章　附则"),
        ("art", "第二十一条", "省、自治区、直辖市人民政府可以根据本条例制定实施办法。"),
        ("art", "第二十二条", "本条例自2019年5月1日起施行。"),
    ],
)

PLAN = dict(
    name="plan-web", layout="web", type="plan",
    issuers=["国务院"], document_number="国发〔2021〕23号",
    title="“十四五”国家老年教育发展规划",
    notice_title="国务院关于印发《“十四五”国家老年教育发展规划》的通知",
    addressees="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
    transmittal="现将《“十四五”国家老年教育发展规划》印发给你们，请认真贯彻执行。",
    signatories=["国务院"], signed="2021年9月14日", date_written="2021-09-14", date_issued=None,
    note="（此件公开发布）", copied_to=None, attachments=[],
    body=[
        ("p", "老年教育是终身教育体系的重要组成部分，是积极应对人口老龄化、实现教育现代化的重要举措。为贯彻落实"
              "积极应对人口老龄化国家战略，扩大老年教育资源供给，推动老年教育高质量发展，根据《中华人民共和国"
              "国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，编制本规划。规划期为2021—2025年。"),
        ("h", 1, "一、发展基础和面临形势"),
        ("h", 2, "（一）发展基础"),
        ("p", "“十三五”时期，各地区、各有关部门深入贯彻落实党中央、国务院关于发展老年教育的决策部署，老年教育"
              "发展取得积极进展。老年教育办学网络不断完善，全国各类老年大学（学校）达到7.6万所，在校学员超过"
              "1000万人，参与远程教育的老年人超过800万人。老年教育资源供给持续扩大，课程内容从文化娱乐向健康"
              "养生、信息技术、法律金融等领域拓展。老年教育政策制度逐步健全，多数省份出台了老年教育发展规划或者"
              "实施意见，部门协同推进的工作格局初步形成。"),
        ("h", 2, "（二）面临形势"),
        ("p", "“十四五”时期是我国人口老龄化程度加速加深的重要阶段。预计到2025年，全国60岁及以上老年人口将"
              "突破3亿，老年人对高质量、多样化教育服务的需求日益增长。与此同时，老年教育发展不平衡不充分问题"
              "依然突出：城乡、区域之间资源配置差距较大，农村老年教育基础薄弱；优质课程资源和专业师资不足；"
              "经费投入机制尚不健全，社会力量参与程度不高。必须立足新发展阶段，着力补短板、强弱项，推动老年"
              "教育高质量发展。"),
        ("h", 1, "二、总体要求"),
        ("h", 2, "（一）指导思想"),
        ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会"
              "精神，立足新发展阶段，完整、准确、全面贯彻新发展理念，构建新发展格局，实施积极应对人口老龄化"
              "国家战略，以扩大老年教育供给为重点，以创新老年教育发展方式为动力，推动老年教育融入终身教育体系，"
              "不断满足老年人多样化学习需求，持续提升老年人的获得感、幸福感、安全感。"),
        ("h", 2, "（二）基本原则"),
        ("p", "——坚持政府主导、社会参与。强化政府在规划引导、政策支持、经费投入等方面的责任，充分调动社会各方面"
              "力量参与老年教育的积极性。"),
        ("p", "——坚持需求导向、分类施策。以老年人需求为出发点，针对不同年龄段、不同健康状况老年人的特点，提供"
              "差异化的教育服务。"),
        ("p", "——坚持城乡统筹、公平普惠。推动老年教育资源向农村、基层和欠发达地区倾斜，促进基本老年教育服务"
              "均等化。"),
        ("p", "——坚持融合发展、创新驱动。推进老年教育与养老服务、社区治理、文化旅游等融合发展，运用现代信息"
              "技术创新老年教育模式。"),
        ("h", 2, "（三）发展目标"),
        ("p", "到2025年，基本形成覆盖城乡、灵活多样、特色鲜明、规范有序的老年教育新格局。以各种形式经常性参与"
              "教育活动的老年人占老年人口总数的比例达到20%以上，每个县（市、区）至少建有1所老年大学，50%以上的"
              "乡镇（街道）建有老年学校，老年教育服务能力和水平显著提升。"),
        ("h", 1, "三、主要任务"),
        ("h", 2, "（一）扩大老年教育资源供给"),
        ("r", 3, "1. 推动老年大学面向社会开放", "鼓励各级老年大学通过合作办学、设立分校等方式扩大办学规模，"
                                             "逐步打破机构、行业、身份等限制，面向社会老年人开放招生。"),
        ("r", 3, "2. 发展城乡社区老年教育", "依托社区教育机构、党群服务中心、综合性文化服务中心等设施，建设一批"
                                         "社区老年学习点，方便老年人就近学习。"),
        ("h", 2, "（二）拓展老年教育发展路径"),
        ("r", 3, "1. 推进养教结合", "支持养老服务机构开展形式多样的老年教育活动，探索在养老机构中设立学习点，"
                                 "实现养老服务资源与教育资源共享。"),
        ("r", 3, "2. 推进远程老年教育", "依托国家开放大学建设国家老年大学，搭建全国老年教育公共服务平台，推动"
                                     "优质数字学习资源向基层延伸。"),
        ("h", 2, "（三）加强老年教育内容建设"),
        ("p", "围绕老年人需求，开发健康生活、科学普及、智能技术运用、法律金融常识等课程资源。实施老年人运用智能"
              "技术能力提升行动，帮助老年人跨越“数字鸿沟”。鼓励编写具有地方特色和民族特色的老年教育教材。"),
        ("h", 2, "（四）加强老年教育队伍建设"),
        ("p", "建立专兼职结合的老年教育师资队伍，鼓励高等学校、职业院校教师和退休专业技术人员到老年教育机构"
              "任教。发展老年教育志愿服务，建立健全志愿者服务激励机制。"),
        ("h", 1, "四、保障措施"),
        ("h", 2, "（一）加强组织领导"),
        ("p", "各地区要将老年教育纳入经济社会发展总体规划和教育发展规划，建立健全党委领导、政府统筹、部门协同、"
              "社会参与的工作机制。教育部要会同有关部门加强统筹协调和督促指导。"),
        ("h", 2, "（二）加大经费投入"),
        ("p", "各级人民政府要统筹利用现有资金渠道支持老年教育发展，建立政府投入、社会捐赠、学习者合理分担的"
              "多渠道经费筹措机制。鼓励社会资本通过多种方式参与老年教育。"),
        ("h", 2, "（三）强化监测评估"),
        ("p", "建立老年教育统计制度，定期开展老年教育发展状况监测。教育部要会同有关部门对本规划实施情况进行跟踪"
              "分析和中期评估，评估结果及时报告国务院。"),
    ],
)

WHITE_PAPER = dict(
    name="white-paper", layout="white_paper", type="white_paper",
    issuers=["中华人民共和国国务院新闻办公室"], document_number=None,
    title="新时代中国的全民健身",
    issuer_line="中华人民共和国国务院新闻办公室", month="2021年9月",
    addressees=None, signatories=[], date_written=None, date_issued="2021-09", copied_to=None, attachments=[],
    body=[
        ("h", 1, "前言"),
        ("p", "体育强则中国强，国运兴则体育兴。全民健身是全体人民增强体魄、健康生活的基础和保障，是实现全民健康的"
              "重要途径和手段。"),
        ("p", "中国共产党和中国政府始终高度重视人民健康和体育事业发展。中共十八大以来，以习近平同志为核心的中共"
              "中央把全民健身作为全面建成小康社会的重要内容，把人民健康放在优先发展的战略位置，推动全民健身事业"
              "取得历史性成就。"),
        ("p", "为全面介绍新时代中国全民健身事业的发展成就，分享中国推动全民健身的理念和实践，特发布本白皮书。"),
        ("h", 1, "一、全民健身上升为国家战略"),
        ("p", "进入新时代，中国把全民健身与全民健康深度融合，作为实现人的全面发展和社会全面进步的重要内容统筹"
              "推进。"),
        ("h", 2, "（一）确立全民健身国家战略地位"),
        ("p", "2014年，中国将全民健身上升为国家战略。此后，《“健康中国2030”规划纲要》《体育强国建设纲要》相继"
              "印发，明确提出广泛开展全民健身运动，建设更高水平的全民健身公共服务体系。"),
        ("h", 2, "（二）健全全民健身法规政策体系"),
        ("p", "国家修订完善全民健身相关法律法规，先后实施三个周期的全民健身计划。各省、自治区、直辖市普遍制定"
              "全民健身实施计划，形成上下衔接、部门协同的政策体系。"),
        ("h", 1, "二、全民健身公共服务体系日益完善"),
        ("h", 2, "（一）场地设施不断增加"),
        ("p", "截至2020年底，全国体育场地达到371.3万个，人均体育场地面积达到2.2平方米。县、乡、村三级公共健身"
              "设施和社区15分钟健身圈建设加快推进，体育公园、健身步道、城市绿道等设施遍布城乡。"),
        ("h", 2, "（二）健身组织更加健全"),
        ("p", "各级体育总会、单项体育协会、行业体育协会和基层健身组织蓬勃发展，社会体育指导员队伍持续壮大，"
              "每千人拥有社会体育指导员超过2名。"),
        ("h", 2, "（三）赛事活动丰富多彩"),
        ("p", "全民健身日、全国全民健身运动会等品牌活动深入人心，马拉松、广场舞、乡村篮球赛等群众性赛事广泛开展，"
              "经常参加体育锻炼的人数比例达到37.2%。"),
        ("h", 1, "三、全民健身与各领域深度融合"),
        ("h", 2, "（一）体医融合"),
        ("p", "推动形成体医结合的疾病管理与健康服务模式，开展运动促进健康试点，推广常见慢性病运动干预项目，"
              "发挥全民健身在健康促进、慢病预防和康复等方面的积极作用。"),
        ("h", 2, "（二）体教融合"),
        ("p", "深化体教融合，开齐开足体育课，保障学生每天校内体育活动时间，帮助学生在体育锻炼中享受乐趣、增强"
              "体质、健全人格、锤炼意志。"),
        ("h", 2, "（三）体旅融合"),
        ("p", "发展体育旅游，打造一批体育旅游精品线路和示范基地，推动冰雪运动、户外运动与乡村振兴、生态保护"
              "相结合，为群众提供多样化的健身休闲选择。"),
        ("h", 1, "结束语"),
        ("p", "全民健身是一项长期的系统工程。站在新的历史起点上，中国将坚持以人民为中心的发展思想，深入实施"
              "全民健身国家战略，构建更高水平的全民健身公共服务体系，为建设体育强国和健康中国、实现中华民族"
              "伟大复兴的中国梦不断作出新的贡献。"),
    ],
)

DOCUMENTS = [NOTICE, OPINION, REGULATION, PLAN, WHITE_PAPER]


# ---------------------------------------------------------------------------------------------- gold

def headings_of(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append({"level": b[1], "text": b[2]})
        elif b[0] == "r":
            out.append({"level": b[1], "text": b[2], "run_in": True})
        elif b[0] == "chapter":
            out.append({"level": 1, "text": b[1]})
    return out


def gold_of(doc):
    layout = "web" if doc["layout"] == "white_paper" else doc["layout"]
    gold = {
        "file": doc["name"] + ".pdf", "layout": layout, "type": doc["type"],
        "issuers": doc["issuers"], "document_number": doc["document_number"], "title": doc["title"],
        "addressees": doc["addressees"], "date_written": doc["date_written"], "date_issued": doc["date_issued"],
        "date_in_force": doc.get("date_in_force"), "signatories": doc["signatories"],
        "attachments": [{"label": a["label"], "title": a["title"],
                         "headings": headings_of(a["body"]) if a.get("headings", True) else []}
                        for a in doc["attachments"]],
        "articles": [{"number": b[1], "starts": b[2][:20]} for b in doc["body"] if b[0] == "art"],
        "headings": headings_of(doc["body"]),
        "copied_to": doc["copied_to"],
    }
    for key in ("issuer_mark", "notice_title", "subject_terms"):
        if doc.get(key):
            gold[key] = doc[key]
    if doc.get("signed"):
        gold["date_written_text"] = doc["signed"]
    if doc.get("promulgation"):
        gold["promulgation"] = doc["promulgation"]
    return gold


# ---------------------------------------------------------------------------------------------- typesetting

def par(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def run_in(style, span, head, rest):
    return (f'<text:p text:style-name="{style}"><text:span text:style-name="{span}">{escape(head)}。</text:span>'
            f'{escape(rest)}</text:p>')


def gb_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(par({1: "G_H1", 2: "G_H2"}.get(b[1], "G_H3"), b[2]))
        elif b[0] == "r":
            span = {1: "T_Hei", 2: "T_Kai"}.get(b[1])
            out.append(run_in("G_Body", span, b[2], b[3]) if span else par("G_Body", f"{b[2]}。{b[3]}"))
        else:
            out.append(par("G_Body", b[1]))
    return out


def gbt9704(doc):
    wide = len(doc["issuer_mark"]) <= 5
    body = [par("G_IssuerWide" if wide else "G_Issuer", doc["issuer_mark"]),
            par("G_DocNo", doc["document_number"]),
            par("G_Title", doc["title"]),
            par("G_Flush", doc["addressees"] + "：")]
    body += gb_blocks(doc["body"])
    # the signature never stands alone on a page: the last paragraph goes with it
    body[-1] = body[-1].replace('"G_Body"', '"G_BodyLast"', 1)
    if doc["attachments"]:
        first, *more = doc["attachments"]
        body.append(par("G_AttachList", f"附件：{first['label'][2:]}. {first['title']}"))
        body += [par("G_AttachMore", f"{a['label'][2:]}. {a['title']}") for a in more]
    # 署名 and 成文日期 without a seal: 2012, the date two characters in from the right and the name two characters
    # left of the date's start; 1999, the date four characters in and the name centred over it
    signer, date = doc["sign_indents"]
    body.append(f'<text:p text:style-name="{signer}">{escape(doc["signatories"][0])}</text:p>')
    body.append(f'<text:p text:style-name="{date}">{escape(doc["signed"])}</text:p>')
    if doc["note"]:
        body.append(par("G_Note", doc["note"]))
    for a in doc["attachments"]:
        body.append(par("G_AttLabel", a["label"]))
        body.append(par("G_AttTitle", a["title"]))
        body += gb_blocks(a["body"])
    # 版记: a frame at the foot of the last page, anchored to an empty last paragraph
    record = []
    if doc.get("subject_terms"):
        record.append(par("G_Terms", "主题词：" + doc["subject_terms"]))
    record.append(par("G_CopiedTo", "抄送：" + doc["copied_to"] + "。"))
    record.append(f'<text:p text:style-name="G_Printed">{escape(doc["printer"])}<text:tab/>'
                  f'{escape(doc["printed"])}印发</text:p>')
    body.append('<text:p text:style-name="G_FrameAnchor"><draw:frame draw:style-name="frBanji" draw:name="Banji" '
                'text:anchor-type="paragraph" svg:width="15.6cm" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">'
                + "".join(record) + "</draw:text-box></draw:frame></text:p>")
    return body


def law(doc):
    body = [par("L_Title", doc["title"]), par("L_Promulgation", doc["promulgation"])]
    for b in doc["body"]:
        if b[0] == "chapter":
            body.append(par("L_Chapter", b[1]))
        elif b[0] == "art":
            body.append(f'<text:p text:style-name="L_Body"><text:span text:style-name="T_LawNo">{escape(b[1])}'
                        f'</text:span>　{escape(b[2])}</text:p>')
        else:
            body.append(par("L_Body", b[1]))
    return body


def web(doc):
    body = [par("W_Title", doc["title"]), par("W_Meta", doc["notice_title"]),
            par("W_MetaLast", doc["document_number"]), par("W_Flush", doc["addressees"] + "："),
            par("W_Body", doc["transmittal"])]
    for b in doc["body"]:
        if b[0] == "h":
            body.append(par({1: "W_H1", 2: "W_H2"}.get(b[1], "W_Body"), b[2]))
        elif b[0] == "r":
            body.append(run_in("W_Body", "T_WebBold", b[2], b[3]))
        else:
            body.append(par("W_Body", b[1]))
    body[-1] = body[-1].replace('"W_Body"', '"W_BodyLast"', 1)   # the signature never alone on a page
    body += [par("W_Signer", doc["signatories"][0]), par("W_Date", doc["signed"])]
    if doc["note"]:
        body.append(par("W_Note", doc["note"]))
    return body


def white_paper(doc):
    body = [par("P_Title", doc["title"]), par("P_Issuer", doc["issuer_line"]), par("P_Month", doc["month"]),
            par("P_ContentsHead", "目　录")]
    body += [par("P_Contents", b[2]) for b in doc["body"] if b[0] == "h" and b[1] == 1]
    first = True
    for b in doc["body"]:
        if b[0] == "h" and b[1] == 1:
            body.append(par("P_H1First" if first else "P_H1", b[2]))
            first = False
        elif b[0] == "h":
            body.append(par("P_H2", b[2]))
        else:
            body.append(par("P_Body", b[1]))
    return body


TYPESET = {"gbt9704": gbt9704, "law": law, "web": web, "white_paper": white_paper}


def fodt(doc):
    layout = LAYOUTS[doc["layout"]]
    head = (HEAD.replace("@STYLES@", "\n ".join(layout["styles"] + TEXT_STYLES))
            .replace("@PAGES@", "\n ".join(layout["pages"]))
            .replace("@MASTERS@", "\n ".join(layout["masters"])))
    return head + "\n".join(TYPESET[doc["layout"]](doc)) + "\n</office:text></office:body></office:document>\n"


def generate(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCUMENTS:
        (out / (doc["name"] + ".fodt")).write_text(fodt(doc), encoding="utf-8")
        gold = gold_of(doc)
        (out / (doc["name"] + ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        print(f"policy.py: {doc['name']}: {doc['layout']} {doc['type']}, {len(gold['headings'])} headings, "
              f"{len(gold['articles'])} articles, {len(gold['attachments'])} attachments")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "generate":
        generate(sys.argv[2])
    else:
        sys.exit(__doc__)
