"""The generated check of data against drafter/schema/report.schema.json: ``validate(values)`` raises
``JsonSchemaValueException`` at the first value that does not pass, in a fraction of a millisecond
and without importing jsonschema. Made by drafter.data.schema.validator_code(); do not edit."""
VERSION = "2.22.3"
from decimal import Decimal
import re


class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$': re.compile('^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\\Z'),
    '^[^\\\\:]+\\.j2$': re.compile('^[^\\\\:]+\\.j2\\Z'),
    '^[0-9]{6}$': re.compile('^[0-9]{6}\\Z'),
    '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$': re.compile('^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号\\Z'),
    '^[^\\n]*$': re.compile('^[^\\n]*\\Z')
}

NoneType = type(None)

def validate_https___drafter_invalid_schema_report_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'scheme': {'description': '评价方案编号（drafter schemes 列出全部方案）；指定后各项可写 indicator、score 等', 'type': 'string', 'minLength': 1}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分（没有评价方案时手写；有方案时由各要点相加，不要写）', 'type': ['number', 'null'], 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分，按所写的顺序排印：已知的五个部分，以及键名自取的自定义部分（如 situation 或 基本情况），自定义部分须写 heading', 'type': 'object', 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'description': '本部分的一级标题（自定义部分必须写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'metrics': {'description': '报告中的数字：今年值、上年值、单位；正文中写 {名称}、{名称.变化} 等引用', 'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}}, 'letterhead': {'description': '版头（可选）：份号、密级和保密期限、紧急程度、红色发文机关标志、发文字号、签发人和红色分隔线', 'type': 'object', 'additionalProperties': False, 'properties': {'copy_number': {'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, 'secrecy': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'urgency': {'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, 'mark': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, 'signers': {'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'record': {'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'seal': {'description': '加盖印章：true 时成文日期右空四字、署名居中于日期之上；默认 false（不加盖印章，署名右空二字）', 'type': 'boolean'}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'custom_part': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/point'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, 'metric': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, 'point': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'issuer', 'recipient', 'date', 'parts']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'scheme': {'description': '评价方案编号（drafter schemes 列出全部方案）；指定后各项可写 indicator、score 等', 'type': 'string', 'minLength': 1}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分（没有评价方案时手写；有方案时由各要点相加，不要写）', 'type': ['number', 'null'], 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分，按所写的顺序排印：已知的五个部分，以及键名自取的自定义部分（如 situation 或 基本情况），自定义部分须写 heading', 'type': 'object', 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'description': '本部分的一级标题（自定义部分必须写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'metrics': {'description': '报告中的数字：今年值、上年值、单位；正文中写 {名称}、{名称.变化} 等引用', 'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}}, 'letterhead': {'description': '版头（可选）：份号、密级和保密期限、紧急程度、红色发文机关标志、发文字号、签发人和红色分隔线', 'type': 'object', 'additionalProperties': False, 'properties': {'copy_number': {'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, 'secrecy': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'urgency': {'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, 'mark': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, 'signers': {'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'record': {'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'seal': {'description': '加盖印章：true 时成文日期右空四字、署名居中于日期之上；默认 false（不加盖印章，署名右空二字）', 'type': 'boolean'}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'custom_part': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/point'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, 'metric': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, 'point': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            data__title_one_of_count1 = 0
            if data__title_one_of_count1 < 2:
                try:
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__title, custom_formats, (name_prefix or "data") + ".title")
                    data__title_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__title_one_of_count1 < 2:
                try:
                    if not isinstance(data__title, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be array", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}, rule='type')
                    data__title_is_list = isinstance(data__title, (list, tuple))
                    if data__title_is_list:
                        data__title_len = len(data__title)
                        if data__title_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must contain at least 1 items", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}, rule='minItems')
                        for data__title_x, data__title_item in enumerate(data__title):
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__title_item, custom_formats, (name_prefix or "data") + f".title[{data__title_x}]")
                    data__title_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__title_one_of_count1 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be valid exactly by one definition" + (" (" + str(data__title_one_of_count1) + " matches found)"), value=data__title, name="" + (name_prefix or "data") + ".title", definition={'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, rule='oneOf')
        if "issuer" in data_keys:
            data_keys.remove("issuer")
            data__issuer = data["issuer"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__issuer, custom_formats, (name_prefix or "data") + ".issuer")
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__recipient, custom_formats, (name_prefix or "data") + ".recipient")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, rule='type')
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$'].search(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must match pattern ^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}\u5e74[0-9]{1,2}\u6708[0-9]{1,2}\u65e5)$", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, rule='pattern')
        if "scheme" in data_keys:
            data_keys.remove("scheme")
            data__scheme = data["scheme"]
            if not isinstance(data__scheme, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scheme must be string", value=data__scheme, name="" + (name_prefix or "data") + ".scheme", definition={'description': '评价方案编号（drafter schemes 列出全部方案）；指定后各项可写 indicator、score 等', 'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__scheme, str):
                data__scheme_len = len(data__scheme)
                if data__scheme_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scheme must be longer than or equal to 1 characters", value=data__scheme, name="" + (name_prefix or "data") + ".scheme", definition={'description': '评价方案编号（drafter schemes 列出全部方案）；指定后各项可写 indicator、score 等', 'type': 'string', 'minLength': 1}, rule='minLength')
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if not isinstance(data__template, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must be string", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, rule='type')
            if isinstance(data__template, str):
                if not REGEX_PATTERNS['^[^\\\\:]+\\.j2$'].search(data__template):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must match pattern ^[^\\\\:]+\\.j2$", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, rule='pattern')
        if "notices" in data_keys:
            data_keys.remove("notices")
            data__notices = data["notices"]
            if not isinstance(data__notices, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notices must be array", value=data__notices, name="" + (name_prefix or "data") + ".notices", definition={'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, rule='type')
            data__notices_is_list = isinstance(data__notices, (list, tuple))
            if data__notices_is_list:
                data__notices_len = len(data__notices)
                for data__notices_x, data__notices_item in enumerate(data__notices):
                    if not isinstance(data__notices_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".notices[{data__notices_x}]" + " must be object", value=data__notices_item, name="" + (name_prefix or "data") + f".notices[{data__notices_x}]" + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='type')
                    data__notices_item_is_dict = isinstance(data__notices_item, dict)
                    if data__notices_item_is_dict:
                        data__notices_item__missing_keys = set(['issuer', 'title']) - data__notices_item.keys()
                        if data__notices_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".notices[{data__notices_x}]" + " must contain " + (str(sorted(data__notices_item__missing_keys)) + " properties"), value=data__notices_item, name="" + (name_prefix or "data") + f".notices[{data__notices_x}]" + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='required')
                        data__notices_item_keys = set(data__notices_item.keys())
                        if "issuer" in data__notices_item_keys:
                            data__notices_item_keys.remove("issuer")
                            data__notices_item__issuer = data__notices_item["issuer"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__issuer, custom_formats, (name_prefix or "data") + f".notices[{data__notices_x}].issuer")
                        if "title" in data__notices_item_keys:
                            data__notices_item_keys.remove("title")
                            data__notices_item__title = data__notices_item["title"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__title, custom_formats, (name_prefix or "data") + f".notices[{data__notices_x}].title")
                        if "number" in data__notices_item_keys:
                            data__notices_item_keys.remove("number")
                            data__notices_item__number = data__notices_item["number"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__number, custom_formats, (name_prefix or "data") + f".notices[{data__notices_x}].number")
                        if data__notices_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".notices[{data__notices_x}]" + " must not contain "+str(data__notices_item_keys)+" properties", value=data__notices_item, name="" + (name_prefix or "data") + f".notices[{data__notices_x}]" + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='additionalProperties')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            if not (isinstance(data__basis, str) and data__basis == '按照' or isinstance(data__basis, str) and data__basis == '根据' or isinstance(data__basis, str) and data__basis == '依据'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be one of ['按照', '根据', '依据']", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, rule='enum')
        if "self_score" in data_keys:
            data_keys.remove("self_score")
            data__selfscore = data["self_score"]
            if not isinstance(data__selfscore, (int, float, Decimal, NoneType)) or isinstance(data__selfscore, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".self_score must be number or null", value=data__selfscore, name="" + (name_prefix or "data") + ".self_score", definition={'description': '自评得分（没有评价方案时手写；有方案时由各要点相加，不要写）', 'type': ['number', 'null'], 'minimum': 0}, rule='type')
            if isinstance(data__selfscore, (int, float, Decimal)) and not isinstance(data__selfscore, bool):
                if data__selfscore < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".self_score must be bigger than or equal to 0", value=data__selfscore, name="" + (name_prefix or "data") + ".self_score", definition={'description': '自评得分（没有评价方案时手写；有方案时由各要点相加，不要写）', 'type': ['number', 'null'], 'minimum': 0}, rule='minimum')
        if "opening" in data_keys:
            data_keys.remove("opening")
            data__opening = data["opening"]
            if not isinstance(data__opening, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opening must be string", value=data__opening, name="" + (name_prefix or "data") + ".opening", definition={'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__opening, str):
                data__opening_len = len(data__opening)
                if data__opening_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".opening must be longer than or equal to 1 characters", value=data__opening, name="" + (name_prefix or "data") + ".opening", definition={'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, rule='minLength')
        if "transition" in data_keys:
            data_keys.remove("transition")
            data__transition = data["transition"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__transition, custom_formats, (name_prefix or "data") + ".transition")
        if "preface" in data_keys:
            data_keys.remove("preface")
            data__preface = data["preface"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data__preface, custom_formats, (name_prefix or "data") + ".preface")
        if "parts" in data_keys:
            data_keys.remove("parts")
            data__parts = data["parts"]
            if not isinstance(data__parts, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must be object", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告正文的各部分，按所写的顺序排印：已知的五个部分，以及键名自取的自定义部分（如 situation 或 基本情况），自定义部分须写 heading', 'type': 'object', 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'description': '本部分的一级标题（自定义部分必须写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, rule='type')
            data__parts_is_dict = isinstance(data__parts, dict)
            if data__parts_is_dict:
                data__parts_keys = set(data__parts.keys())
                if "rectification" in data__parts_keys:
                    data__parts_keys.remove("rectification")
                    data__parts__rectification = data__parts["rectification"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data__parts__rectification, custom_formats, (name_prefix or "data") + ".parts.rectification")
                if "achievements" in data__parts_keys:
                    data__parts_keys.remove("achievements")
                    data__parts__achievements = data__parts["achievements"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data__parts__achievements, custom_formats, (name_prefix or "data") + ".parts.achievements")
                if "experience" in data__parts_keys:
                    data__parts_keys.remove("experience")
                    data__parts__experience = data__parts["experience"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data__parts__experience, custom_formats, (name_prefix or "data") + ".parts.experience")
                if "problems" in data__parts_keys:
                    data__parts_keys.remove("problems")
                    data__parts__problems = data__parts["problems"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data__parts__problems, custom_formats, (name_prefix or "data") + ".parts.problems")
                if "next_steps" in data__parts_keys:
                    data__parts_keys.remove("next_steps")
                    data__parts__nextsteps = data__parts["next_steps"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data__parts__nextsteps, custom_formats, (name_prefix or "data") + ".parts.next_steps")
                for data__parts_key in data__parts_keys:
                    if data__parts_key not in ['rectification', 'achievements', 'experience', 'problems', 'next_steps']:
                        data__parts_value = data__parts.get(data__parts_key)
                        validate_https___drafter_invalid_schema_report_schema_json__definitions_custom_part(data__parts_value, custom_formats, (name_prefix or "data") + f".parts.{data__parts_key}")
        if "metrics" in data_keys:
            data_keys.remove("metrics")
            data__metrics = data["metrics"]
            if not isinstance(data__metrics, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".metrics must be object", value=data__metrics, name="" + (name_prefix or "data") + ".metrics", definition={'description': '报告中的数字：今年值、上年值、单位；正文中写 {名称}、{名称.变化} 等引用', 'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}}, rule='type')
            data__metrics_is_dict = isinstance(data__metrics, dict)
            if data__metrics_is_dict:
                data__metrics_keys = set(data__metrics.keys())
                for data__metrics_key in data__metrics_keys:
                    if data__metrics_key not in []:
                        data__metrics_value = data__metrics.get(data__metrics_key)
                        validate_https___drafter_invalid_schema_report_schema_json__definitions_metric(data__metrics_value, custom_formats, (name_prefix or "data") + f".metrics.{data__metrics_key}")
        if "letterhead" in data_keys:
            data_keys.remove("letterhead")
            data__letterhead = data["letterhead"]
            if not isinstance(data__letterhead, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead must be object", value=data__letterhead, name="" + (name_prefix or "data") + ".letterhead", definition={'description': '版头（可选）：份号、密级和保密期限、紧急程度、红色发文机关标志、发文字号、签发人和红色分隔线', 'type': 'object', 'additionalProperties': False, 'properties': {'copy_number': {'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, 'secrecy': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'urgency': {'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, 'mark': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, 'signers': {'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, rule='type')
            data__letterhead_is_dict = isinstance(data__letterhead, dict)
            if data__letterhead_is_dict:
                data__letterhead_keys = set(data__letterhead.keys())
                if "copy_number" in data__letterhead_keys:
                    data__letterhead_keys.remove("copy_number")
                    data__letterhead__copynumber = data__letterhead["copy_number"]
                    if not isinstance(data__letterhead__copynumber, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.copy_number must be string", value=data__letterhead__copynumber, name="" + (name_prefix or "data") + ".letterhead.copy_number", definition={'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, rule='type')
                    if isinstance(data__letterhead__copynumber, str):
                        if not REGEX_PATTERNS['^[0-9]{6}$'].search(data__letterhead__copynumber):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.copy_number must match pattern ^[0-9]{6}$", value=data__letterhead__copynumber, name="" + (name_prefix or "data") + ".letterhead.copy_number", definition={'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, rule='pattern')
                if "secrecy" in data__letterhead_keys:
                    data__letterhead_keys.remove("secrecy")
                    data__letterhead__secrecy = data__letterhead["secrecy"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__letterhead__secrecy, custom_formats, (name_prefix or "data") + ".letterhead.secrecy")
                if "urgency" in data__letterhead_keys:
                    data__letterhead_keys.remove("urgency")
                    data__letterhead__urgency = data__letterhead["urgency"]
                    if not (isinstance(data__letterhead__urgency, str) and data__letterhead__urgency == '特急' or isinstance(data__letterhead__urgency, str) and data__letterhead__urgency == '加急'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.urgency must be one of ['特急', '加急']", value=data__letterhead__urgency, name="" + (name_prefix or "data") + ".letterhead.urgency", definition={'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, rule='enum')
                if "mark" in data__letterhead_keys:
                    data__letterhead_keys.remove("mark")
                    data__letterhead__mark = data__letterhead["mark"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__letterhead__mark, custom_formats, (name_prefix or "data") + ".letterhead.mark")
                if "number" in data__letterhead_keys:
                    data__letterhead_keys.remove("number")
                    data__letterhead__number = data__letterhead["number"]
                    if not isinstance(data__letterhead__number, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.number must be string", value=data__letterhead__number, name="" + (name_prefix or "data") + ".letterhead.number", definition={'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, rule='type')
                    if isinstance(data__letterhead__number, str):
                        if not REGEX_PATTERNS['^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$'].search(data__letterhead__number):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.number must match pattern ^[^\\n]*\u3014[0-9]{4}\u3015[1-9][0-9]*\u53f7$", value=data__letterhead__number, name="" + (name_prefix or "data") + ".letterhead.number", definition={'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, rule='pattern')
                if "signers" in data__letterhead_keys:
                    data__letterhead_keys.remove("signers")
                    data__letterhead__signers = data__letterhead["signers"]
                    if not isinstance(data__letterhead__signers, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.signers must be array", value=data__letterhead__signers, name="" + (name_prefix or "data") + ".letterhead.signers", definition={'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='type')
                    data__letterhead__signers_is_list = isinstance(data__letterhead__signers, (list, tuple))
                    if data__letterhead__signers_is_list:
                        data__letterhead__signers_len = len(data__letterhead__signers)
                        if data__letterhead__signers_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead.signers must contain at least 1 items", value=data__letterhead__signers, name="" + (name_prefix or "data") + ".letterhead.signers", definition={'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='minItems')
                        for data__letterhead__signers_x, data__letterhead__signers_item in enumerate(data__letterhead__signers):
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__letterhead__signers_item, custom_formats, (name_prefix or "data") + f".letterhead.signers[{data__letterhead__signers_x}]")
                if data__letterhead_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".letterhead must not contain "+str(data__letterhead_keys)+" properties", value=data__letterhead, name="" + (name_prefix or "data") + ".letterhead", definition={'description': '版头（可选）：份号、密级和保密期限、紧急程度、红色发文机关标志、发文字号、签发人和红色分隔线', 'type': 'object', 'additionalProperties': False, 'properties': {'copy_number': {'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, 'secrecy': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'urgency': {'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, 'mark': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, 'signers': {'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, rule='additionalProperties')
        if "record" in data_keys:
            data_keys.remove("record")
            data__record = data["record"]
            if not isinstance(data__record, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".record must be object", value=data__record, name="" + (name_prefix or "data") + ".record", definition={'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, rule='type')
            data__record_is_dict = isinstance(data__record, dict)
            if data__record_is_dict:
                data__record__missing_keys = set(['printer', 'printed']) - data__record.keys()
                if data__record__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".record must contain " + (str(sorted(data__record__missing_keys)) + " properties"), value=data__record, name="" + (name_prefix or "data") + ".record", definition={'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, rule='required')
                data__record_keys = set(data__record.keys())
                if "cc" in data__record_keys:
                    data__record_keys.remove("cc")
                    data__record__cc = data__record["cc"]
                    if not isinstance(data__record__cc, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".record.cc must be array", value=data__record__cc, name="" + (name_prefix or "data") + ".record.cc", definition={'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='type')
                    data__record__cc_is_list = isinstance(data__record__cc, (list, tuple))
                    if data__record__cc_is_list:
                        data__record__cc_len = len(data__record__cc)
                        if data__record__cc_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".record.cc must contain at least 1 items", value=data__record__cc, name="" + (name_prefix or "data") + ".record.cc", definition={'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='minItems')
                        for data__record__cc_x, data__record__cc_item in enumerate(data__record__cc):
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__record__cc_item, custom_formats, (name_prefix or "data") + f".record.cc[{data__record__cc_x}]")
                if "printer" in data__record_keys:
                    data__record_keys.remove("printer")
                    data__record__printer = data__record["printer"]
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__record__printer, custom_formats, (name_prefix or "data") + ".record.printer")
                if "printed" in data__record_keys:
                    data__record_keys.remove("printed")
                    data__record__printed = data__record["printed"]
                    if not isinstance(data__record__printed, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".record.printed must be string", value=data__record__printed, name="" + (name_prefix or "data") + ".record.printed", definition={'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, rule='type')
                    if isinstance(data__record__printed, str):
                        if not REGEX_PATTERNS['^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$'].search(data__record__printed):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".record.printed must match pattern ^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}\u5e74[0-9]{1,2}\u6708[0-9]{1,2}\u65e5)$", value=data__record__printed, name="" + (name_prefix or "data") + ".record.printed", definition={'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, rule='pattern')
                if data__record_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".record must not contain "+str(data__record_keys)+" properties", value=data__record, name="" + (name_prefix or "data") + ".record", definition={'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, rule='additionalProperties')
        if "closing" in data_keys:
            data_keys.remove("closing")
            data__closing = data["closing"]
            if not isinstance(data__closing, (str, bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closing must be string or boolean", value=data__closing, name="" + (name_prefix or "data") + ".closing", definition={'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, rule='type')
        if "seal" in data_keys:
            data_keys.remove("seal")
            data__seal = data["seal"]
            if not isinstance(data__seal, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".seal must be boolean", value=data__seal, name="" + (name_prefix or "data") + ".seal", definition={'description': '加盖印章：true 时成文日期右空四字、署名居中于日期之上；默认 false（不加盖印章，署名右空二字）', 'type': 'boolean'}, rule='type')
        if "unplaced" in data_keys:
            data_keys.remove("unplaced")
            data__unplaced = data["unplaced"]
            if not isinstance(data__unplaced, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced must be array", value=data__unplaced, name="" + (name_prefix or "data") + ".unplaced", definition={'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}, rule='type')
            data__unplaced_is_list = isinstance(data__unplaced, (list, tuple))
            if data__unplaced_is_list:
                data__unplaced_len = len(data__unplaced)
                for data__unplaced_x, data__unplaced_item in enumerate(data__unplaced):
                    if not isinstance(data__unplaced_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + " must be object", value=data__unplaced_item, name="" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='type')
                    data__unplaced_item_is_dict = isinstance(data__unplaced_item, dict)
                    if data__unplaced_item_is_dict:
                        data__unplaced_item__missing_keys = set(['text']) - data__unplaced_item.keys()
                        if data__unplaced_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + " must contain " + (str(sorted(data__unplaced_item__missing_keys)) + " properties"), value=data__unplaced_item, name="" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='required')
                        data__unplaced_item_keys = set(data__unplaced_item.keys())
                        if "paragraph" in data__unplaced_item_keys:
                            data__unplaced_item_keys.remove("paragraph")
                            data__unplaced_item__paragraph = data__unplaced_item["paragraph"]
                            if not isinstance(data__unplaced_item__paragraph, (int)) and not (isinstance(data__unplaced_item__paragraph, float) and data__unplaced_item__paragraph.is_integer()) or isinstance(data__unplaced_item__paragraph, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}].paragraph" + " must be integer", value=data__unplaced_item__paragraph, name="" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}].paragraph" + "", definition={'type': 'integer'}, rule='type')
                        if "text" in data__unplaced_item_keys:
                            data__unplaced_item_keys.remove("text")
                            data__unplaced_item__text = data__unplaced_item["text"]
                            if not isinstance(data__unplaced_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}].text" + " must be string", value=data__unplaced_item__text, name="" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}].text" + "", definition={'type': 'string'}, rule='type')
                        if data__unplaced_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + " must not contain "+str(data__unplaced_item_keys)+" properties", value=data__unplaced_item, name="" + (name_prefix or "data") + f".unplaced[{data__unplaced_x}]" + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'scheme': {'description': '评价方案编号（drafter schemes 列出全部方案）；指定后各项可写 indicator、score 等', 'type': 'string', 'minLength': 1}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分（没有评价方案时手写；有方案时由各要点相加，不要写）', 'type': ['number', 'null'], 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分，按所写的顺序排印：已知的五个部分，以及键名自取的自定义部分（如 situation 或 基本情况），自定义部分须写 heading', 'type': 'object', 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'description': '本部分的一级标题（自定义部分必须写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'metrics': {'description': '报告中的数字：今年值、上年值、单位；正文中写 {名称}、{名称.变化} 等引用', 'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}}, 'letterhead': {'description': '版头（可选）：份号、密级和保密期限、紧急程度、红色发文机关标志、发文字号、签发人和红色分隔线', 'type': 'object', 'additionalProperties': False, 'properties': {'copy_number': {'description': '份号，6 位阿拉伯数字，如 000001', 'type': 'string', 'pattern': '^[0-9]{6}$', 'x-hint': 'copy'}, 'secrecy': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'urgency': {'description': '紧急程度：特急或加急', 'enum': ['特急', '加急']}, 'mark': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'description': '发文字号，年份用六角括号：X政发〔2024〕12号', 'type': 'string', 'pattern': '^[^\\n]*〔[0-9]{4}〕[1-9][0-9]*号$', 'x-hint': 'wenhao'}, 'signers': {'description': '签发人（上行文必须）；报告是上行文', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'record': {'description': '版记（可选）：抄送、印发机关和印发日期，排在偶数页末', 'type': 'object', 'required': ['printer', 'printed'], 'additionalProperties': False, 'properties': {'cc': {'description': '抄送机关', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'printer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'printed': {'description': '印发日期: 2024-05-10', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'seal': {'description': '加盖印章：true 时成文日期右空四字、署名居中于日期之上；默认 false（不加盖印章，署名右空二字）', 'type': 'boolean'}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'custom_part': {'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/point'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, 'metric': {'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, 'point': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_metric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal, NoneType)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number or null", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, rule='type')
        if "previous" in data_keys:
            data_keys.remove("previous")
            data__previous = data["previous"]
            if not isinstance(data__previous, (int, float, Decimal, NoneType)) or isinstance(data__previous, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".previous must be number or null", value=data__previous, name="" + (name_prefix or "data") + ".previous", definition={'description': '上年的数值', 'type': ['number', 'null']}, rule='type')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, rule='type')
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'amount' or isinstance(data__kind, str) and data__kind == 'rate'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['amount', 'rate']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, rule='enum')
        if "decimals" in data_keys:
            data_keys.remove("decimals")
            data__decimals = data["decimals"]
            if not isinstance(data__decimals, (int)) and not (isinstance(data__decimals, float) and data__decimals.is_integer()) or isinstance(data__decimals, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decimals must be integer", value=data__decimals, name="" + (name_prefix or "data") + ".decimals", definition={'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, rule='type')
            if isinstance(data__decimals, (int, float, Decimal)) and not isinstance(data__decimals, bool):
                if data__decimals < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".decimals must be bigger than or equal to 0", value=data__decimals, name="" + (name_prefix or "data") + ".decimals", definition={'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, rule='minimum')
                if data__decimals > 6:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".decimals must be smaller than or equal to 6", value=data__decimals, name="" + (name_prefix or "data") + ".decimals", definition={'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, rule='maximum')
        if "growth" in data_keys:
            data_keys.remove("growth")
            data__growth = data["growth"]
            if not isinstance(data__growth, (int, float, Decimal)) or isinstance(data__growth, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".growth must be number", value=data__growth, name="" + (name_prefix or "data") + ".growth", definition={'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, rule='type')
        if "words" in data_keys:
            data_keys.remove("words")
            data__words = data["words"]
            if not isinstance(data__words, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must be array", value=data__words, name="" + (name_prefix or "data") + ".words", definition={'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}, rule='type')
            data__words_is_list = isinstance(data__words, (list, tuple))
            if data__words_is_list:
                data__words_len = len(data__words)
                if data__words_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must contain at least 2 items", value=data__words, name="" + (name_prefix or "data") + ".words", definition={'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}, rule='minItems')
                if data__words_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must contain less than or equal to 2 items", value=data__words, name="" + (name_prefix or "data") + ".words", definition={'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}, rule='maxItems')
                for data__words_x, data__words_item in enumerate(data__words):
                    if not isinstance(data__words_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".words[{data__words_x}]" + " must be string", value=data__words_item, name="" + (name_prefix or "data") + f".words[{data__words_x}]" + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__words_item, str):
                        data__words_item_len = len(data__words_item)
                        if data__words_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".words[{data__words_x}]" + " must be longer than or equal to 1 characters", value=data__words_item, name="" + (name_prefix or "data") + f".words[{data__words_x}]" + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value'], 'additionalProperties': False, 'properties': {'value': {'description': '今年的数值；未填时留空', 'type': ['number', 'null']}, 'previous': {'description': '上年的数值', 'type': ['number', 'null']}, 'unit': {'description': '单位，如 万元、人、分、%、％', 'type': 'string'}, 'kind': {'description': 'amount（数量，变化写增长…%）或 rate（比率，变化写提高…个百分点）', 'enum': ['amount', 'rate']}, 'decimals': {'description': '小数位数，默认 2', 'type': 'integer', 'minimum': 0, 'maximum': 6}, 'growth': {'description': '报告中写的增幅（数量写百分数，比率写百分点），drafter check 会核对', 'type': 'number'}, 'words': {'description': '增减用词，默认 [增长, 下降]，如 [提高, 降低]', 'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'minItems': 2, 'maxItems': 2}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_custom_part(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['heading']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='required')
        data_keys = set(data.keys())
        if "heading" in data_keys:
            data_keys.remove("heading")
            data__heading = data["heading"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__heading, custom_formats, (name_prefix or "data") + ".heading")
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data__content, custom_formats, (name_prefix or "data") + ".content")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['heading'], 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_part(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "heading" in data_keys:
            data_keys.remove("heading")
            data__heading = data["heading"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__heading, custom_formats, (name_prefix or "data") + ".heading")
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data__content, custom_formats, (name_prefix or "data") + ".content")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/point'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___drafter_invalid_schema_report_schema_json__definitions_item(data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]")
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='minLength')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "heading" in data_keys:
            data_keys.remove("heading")
            data__heading = data["heading"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__heading, custom_formats, (name_prefix or "data") + ".heading")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (int)) and not (isinstance(data__level, float) and data__level.is_integer()) or isinstance(data__level, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be integer", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, rule='type')
            if isinstance(data__level, (int, float, Decimal)) and not isinstance(data__level, bool):
                if data__level < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be bigger than or equal to 1", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, rule='minimum')
                if data__level > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be smaller than or equal to 4", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, rule='maximum')
        if "run_in" in data_keys:
            data_keys.remove("run_in")
            data__runin = data["run_in"]
            if not isinstance(data__runin, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".run_in must be boolean", value=data__runin, name="" + (name_prefix or "data") + ".run_in", definition={'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, rule='type')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'description': '段落文字', 'type': 'string'}, rule='type')
        if "points" in data_keys:
            data_keys.remove("points")
            data__points = data["points"]
            if not isinstance(data__points, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must be array", value=data__points, name="" + (name_prefix or "data") + ".points", definition={'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, rule='type')
            data__points_is_list = isinstance(data__points, (list, tuple))
            if data__points_is_list:
                data__points_len = len(data__points)
                if data__points_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must contain at least 1 items", value=data__points, name="" + (name_prefix or "data") + ".points", definition={'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, rule='minItems')
                for data__points_x, data__points_item in enumerate(data__points):
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_point(data__points_item, custom_formats, (name_prefix or "data") + f".points[{data__points_x}]")
        if "layout" in data_keys:
            data_keys.remove("layout")
            data__layout = data["layout"]
            if not (isinstance(data__layout, str) and data__layout == 'inline' or isinstance(data__layout, str) and data__layout == 'paragraphs'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".layout must be one of ['inline', 'paragraphs']", value=data__layout, name="" + (name_prefix or "data") + ".layout", definition={'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, rule='enum')
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data__content, custom_formats, (name_prefix or "data") + ".content")
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            if not isinstance(data__indicator, (str, int)) and not (isinstance(data__indicator, float) and data__indicator.is_integer()) or isinstance(data__indicator, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".indicator must be string or integer", value=data__indicator, name="" + (name_prefix or "data") + ".indicator", definition={'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, rule='type')
            if isinstance(data__indicator, str):
                data__indicator_len = len(data__indicator)
                if data__indicator_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".indicator must be longer than or equal to 1 characters", value=data__indicator, name="" + (name_prefix or "data") + ".indicator", definition={'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, rule='minLength')
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal, NoneType)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number or null", value=data__score, name="" + (name_prefix or "data") + ".score", definition={'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, rule='type')
            if isinstance(data__score, (int, float, Decimal)) and not isinstance(data__score, bool):
                if data__score < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be bigger than or equal to 0", value=data__score, name="" + (name_prefix or "data") + ".score", definition={'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, rule='minimum')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__basis, custom_formats, (name_prefix or "data") + ".basis")
        if "not_applicable" in data_keys:
            data_keys.remove("not_applicable")
            data__notapplicable = data["not_applicable"]
            if not isinstance(data__notapplicable, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be string", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string'}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'description': '自评依据：写进自评得分表的简短说明', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_point(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or object", value=data, name="" + (name_prefix or "data") + "", definition={'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='minLength')
        if not REGEX_PATTERNS['^[^\\n]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[^\\n]*$", value=data, name="" + (name_prefix or "data") + "", definition={'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='pattern')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='type')
            if isinstance(data__text, str):
                if not REGEX_PATTERNS['^[^\\n]*$'].search(data__text):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must match pattern ^[^\\n]*$", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='pattern')
        if "indicator" in data_keys:
            data_keys.remove("indicator")
            data__indicator = data["indicator"]
            if not isinstance(data__indicator, (str, int)) and not (isinstance(data__indicator, float) and data__indicator.is_integer()) or isinstance(data__indicator, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".indicator must be string or integer", value=data__indicator, name="" + (name_prefix or "data") + ".indicator", definition={'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, rule='type')
            if isinstance(data__indicator, str):
                data__indicator_len = len(data__indicator)
                if data__indicator_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".indicator must be longer than or equal to 1 characters", value=data__indicator, name="" + (name_prefix or "data") + ".indicator", definition={'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, rule='minLength')
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal, NoneType)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number or null", value=data__score, name="" + (name_prefix or "data") + ".score", definition={'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, rule='type')
            if isinstance(data__score, (int, float, Decimal)) and not isinstance(data__score, bool):
                if data__score < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be bigger than or equal to 0", value=data__score, name="" + (name_prefix or "data") + ".score", definition={'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, rule='minimum')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__basis, custom_formats, (name_prefix or "data") + ".basis")
        if "not_applicable" in data_keys:
            data_keys.remove("not_applicable")
            data__notapplicable = data["not_applicable"]
            if not isinstance(data__notapplicable, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be string", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': '一项分项：一行文字，或带指标和得分的映射（text: 文字）', 'type': ['string', 'object'], 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line', 'additionalProperties': False, 'properties': {'text': {'description': '分项文字', 'type': 'string', 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicator': {'description': '本项对应的指标编号（见评价方案）', 'type': ['string', 'integer'], 'minLength': 1}, 'score': {'description': '自评得分（评价要点）；未评时留空', 'type': ['number', 'null'], 'minimum': 0}, 'basis': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'not_applicable': {'description': '不适用的理由（写了就不用写内容和得分）', 'type': 'string'}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='minLength')
        if not REGEX_PATTERNS['^[^\\n]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[^\\n]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='pattern')
    return data

validate = validate_https___drafter_invalid_schema_report_schema_json
