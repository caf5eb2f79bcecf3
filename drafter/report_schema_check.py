# Generated from drafter/schema/report.schema.json by drafter.load.validator_code(); do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$': re.compile('^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\\Z'),
    '^[^\\\\:]+\\.j2$': re.compile('^[^\\\\:]+\\.j2\\Z'),
    '^[^\\n]*$': re.compile('^[^\\n]*\\Z')
}

NoneType = type(None)

def validate_https___drafter_invalid_schema_report_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分', 'type': 'number', 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分', 'type': 'object', 'additionalProperties': False, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'issuer', 'recipient', 'date', 'parts']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分', 'type': 'number', 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分', 'type': 'object', 'additionalProperties': False, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}}}, rule='required')
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
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__title_item, custom_formats, (name_prefix or "data") + ".title[{data__title_x}]".format(**locals()))
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
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + " must be object", value=data__notices_item, name="" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='type')
                    data__notices_item_is_dict = isinstance(data__notices_item, dict)
                    if data__notices_item_is_dict:
                        data__notices_item__missing_keys = set(['issuer', 'title']) - data__notices_item.keys()
                        if data__notices_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + " must contain " + (str(sorted(data__notices_item__missing_keys)) + " properties"), value=data__notices_item, name="" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='required')
                        data__notices_item_keys = set(data__notices_item.keys())
                        if "issuer" in data__notices_item_keys:
                            data__notices_item_keys.remove("issuer")
                            data__notices_item__issuer = data__notices_item["issuer"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__issuer, custom_formats, (name_prefix or "data") + ".notices[{data__notices_x}].issuer".format(**locals()))
                        if "title" in data__notices_item_keys:
                            data__notices_item_keys.remove("title")
                            data__notices_item__title = data__notices_item["title"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__title, custom_formats, (name_prefix or "data") + ".notices[{data__notices_x}].title".format(**locals()))
                        if "number" in data__notices_item_keys:
                            data__notices_item_keys.remove("number")
                            data__notices_item__number = data__notices_item["number"]
                            validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__notices_item__number, custom_formats, (name_prefix or "data") + ".notices[{data__notices_x}].number".format(**locals()))
                        if data__notices_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + " must not contain "+str(data__notices_item_keys)+" properties", value=data__notices_item, name="" + (name_prefix or "data") + ".notices[{data__notices_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='additionalProperties')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            if not (isinstance(data__basis, str) and data__basis == '按照' or isinstance(data__basis, str) and data__basis == '根据' or isinstance(data__basis, str) and data__basis == '依据'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be one of ['按照', '根据', '依据']", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, rule='enum')
        if "self_score" in data_keys:
            data_keys.remove("self_score")
            data__selfscore = data["self_score"]
            if not isinstance(data__selfscore, (int, float, Decimal)) or isinstance(data__selfscore, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".self_score must be number", value=data__selfscore, name="" + (name_prefix or "data") + ".self_score", definition={'description': '自评得分', 'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data__selfscore, (int, float, Decimal)) and not isinstance(data__selfscore, bool):
                if data__selfscore < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".self_score must be bigger than or equal to 0", value=data__selfscore, name="" + (name_prefix or "data") + ".self_score", definition={'description': '自评得分', 'type': 'number', 'minimum': 0}, rule='minimum')
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
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must be object", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告正文的各部分', 'type': 'object', 'additionalProperties': False, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, rule='type')
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
                if data__parts_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must not contain "+str(data__parts_keys)+" properties", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告正文的各部分', 'type': 'object', 'additionalProperties': False, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, rule='additionalProperties')
        if "closing" in data_keys:
            data_keys.remove("closing")
            data__closing = data["closing"]
            if not isinstance(data__closing, (str, bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closing must be string or boolean", value=data__closing, name="" + (name_prefix or "data") + ".closing", definition={'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, rule='type')
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
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + " must be object", value=data__unplaced_item, name="" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='type')
                    data__unplaced_item_is_dict = isinstance(data__unplaced_item, dict)
                    if data__unplaced_item_is_dict:
                        data__unplaced_item__missing_keys = set(['text']) - data__unplaced_item.keys()
                        if data__unplaced_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + " must contain " + (str(sorted(data__unplaced_item__missing_keys)) + " properties"), value=data__unplaced_item, name="" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='required')
                        data__unplaced_item_keys = set(data__unplaced_item.keys())
                        if "paragraph" in data__unplaced_item_keys:
                            data__unplaced_item_keys.remove("paragraph")
                            data__unplaced_item__paragraph = data__unplaced_item["paragraph"]
                            if not isinstance(data__unplaced_item__paragraph, (int)) and not (isinstance(data__unplaced_item__paragraph, float) and data__unplaced_item__paragraph.is_integer()) or isinstance(data__unplaced_item__paragraph, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}].paragraph".format(**locals()) + " must be integer", value=data__unplaced_item__paragraph, name="" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}].paragraph".format(**locals()) + "", definition={'type': 'integer'}, rule='type')
                        if "text" in data__unplaced_item_keys:
                            data__unplaced_item_keys.remove("text")
                            data__unplaced_item__text = data__unplaced_item["text"]
                            if not isinstance(data__unplaced_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}].text".format(**locals()) + " must be string", value=data__unplaced_item__text, name="" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}].text".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                        if data__unplaced_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + " must not contain "+str(data__unplaced_item_keys)+" properties", value=data__unplaced_item, name="" + (name_prefix or "data") + ".unplaced[{data__unplaced_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/report.schema.json', 'title': 'drafter 报告数据', 'description': 'One report (公文·报告): its metadata and its body as parts, each a tree of items.', 'type': 'object', 'required': ['title', 'issuer', 'recipient', 'date', 'parts'], 'additionalProperties': False, 'properties': {'title': {'description': "标题。A list gives the title's lines (keep words whole; longer line first).", 'oneOf': [{'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'minItems': 1}]}, 'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'recipient': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'date': {'description': '成文日期: 2024-05-10 or 2024年5月10日', 'type': 'string', 'pattern': '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$', 'x-hint': 'date'}, 'template': {'description': '模板，相对于模板目录，如 base/report.j2', 'type': 'string', 'pattern': '^[^\\\\:]+\\.j2$', 'x-hint': 'template'}, 'notices': {'description': '本报告所依据的通知', 'type': 'array', 'items': {'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}}, 'basis': {'description': '引用通知时的用词', 'enum': ['按照', '根据', '依据']}, 'self_score': {'description': '自评得分', 'type': 'number', 'minimum': 0}, 'opening': {'description': '开头：引用通知之后的叙述（不含得分和过渡语）', 'type': 'string', 'minLength': 1}, 'transition': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'preface': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}, 'parts': {'description': '报告正文的各部分', 'type': 'object', 'additionalProperties': False, 'properties': {'rectification': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'achievements': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'experience': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'problems': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}, 'next_steps': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'description': '本部分的一级标题；不写则本部分不设标题', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}}, 'closing': {'description': '结束语，默认「特此报告。」；写 false 则不要结束语', 'type': ['string', 'boolean']}, 'unplaced': {'description': '导入时无法归入报告结构的段落；生成报告前请移到合适的位置并删去此项', 'type': 'array', 'items': {'type': 'object', 'required': ['text'], 'additionalProperties': False, 'properties': {'paragraph': {'type': 'integer'}, 'text': {'type': 'string'}}}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'part': {'type': 'object', 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, 'content': {'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}, 'item': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}}}, rule='additionalProperties')
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
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'description': '标题文字（序号自动生成，不要手写）', '$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/content'}}}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___drafter_invalid_schema_report_schema_json__definitions_item(data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals()))
    return data

def validate_https___drafter_invalid_schema_report_schema_json__definitions_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='minLength')
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
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'description': '段落文字', 'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'description': '段落文字', 'type': 'string', 'minLength': 1}, rule='minLength')
        if "points" in data_keys:
            data_keys.remove("points")
            data__points = data["points"]
            if not isinstance(data__points, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must be array", value=data__points, name="" + (name_prefix or "data") + ".points", definition={'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='type')
            data__points_is_list = isinstance(data__points, (list, tuple))
            if data__points_is_list:
                data__points_len = len(data__points)
                if data__points_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".points must contain at least 1 items", value=data__points, name="" + (name_prefix or "data") + ".points", definition={'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, rule='minItems')
                for data__points_x, data__points_item in enumerate(data__points):
                    validate_https___drafter_invalid_schema_report_schema_json__definitions_line(data__points_item, custom_formats, (name_prefix or "data") + ".points[{data__points_x}]".format(**locals()))
        if "layout" in data_keys:
            data_keys.remove("layout")
            data__layout = data["layout"]
            if not (isinstance(data__layout, str) and data__layout == 'inline' or isinstance(data__layout, str) and data__layout == 'paragraphs'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".layout must be one of ['inline', 'paragraphs']", value=data__layout, name="" + (name_prefix or "data") + ".layout", definition={'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, rule='enum')
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            validate_https___drafter_invalid_schema_report_schema_json__definitions_content(data__content, custom_formats, (name_prefix or "data") + ".content")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A paragraph (a plain string) or a headed item.', 'type': ['string', 'object'], 'minLength': 1, 'additionalProperties': False, 'properties': {'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'description': '标题层级 1–4（一、（一）1.（1））；不写则比上一级深一级', 'type': 'integer', 'minimum': 1, 'maximum': 4}, 'run_in': {'description': '标题与正文同段（如「（一）……。一是……」）', 'type': 'boolean'}, 'text': {'description': '段落文字', 'type': 'string', 'minLength': 1}, 'points': {'description': '分项「一是……二是……」，序号自动生成', 'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}, 'layout': {'description': '分项排在一段之内（inline，默认）或每项一段（paragraphs）', 'enum': ['inline', 'paragraphs']}, 'content': {'type': 'array', 'items': {'$ref': 'https://drafter.invalid/schema/report.schema.json#/definitions/item'}}}}, rule='additionalProperties')
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
