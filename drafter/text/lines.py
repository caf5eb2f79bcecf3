"""Lines that are not a report's own: a website's 来源：, URL, 信息公开 fields, path and page tools,
copied along with a report (the importer keeps them as comments; the linter flags them)."""

from __future__ import annotations

import re

SOURCE_LINE = re.compile(r"^((来源|信息来源|稿件来源|文章来源|发布机构|发布日期|发布时间|责任编辑|编辑|审核|浏览次数|点击数|阅读次数"
                         r"|索引号|主题分类|信息分类|生成日期|公开方式|公开范围|有效性|上一篇|下一篇|相关链接|相关文章|相关阅读|分享到|字号)[：:]"
                         r"|(https?://|www\.)\S+$|[（(]此件(公开发布|不予公开|依申请公开|主动公开)[）)]$"
                         r"|(当前位置|您的位置|你的位置|您现在的位置)[：:]|首页\s*[>＞»/]"
                         r"|[【\[]?\s*字体[：:]?\s*[【\[]?大|(扫一扫|打印本页|关闭窗口|【打印】|【关闭】|【大】))")
