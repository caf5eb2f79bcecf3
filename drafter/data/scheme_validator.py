"""The generated check of data against drafter/schema/scheme.schema.json: ``validate(values)`` raises
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
    '^[a-z0-9][a-z0-9-]*$': re.compile('^[a-z0-9][a-z0-9-]*\\Z'),
    '^[^\\\\:/]+\\.j2$': re.compile('^[^\\\\:/]+\\.j2\\Z'),
    '^[^\\n]+$': re.compile('^[^\\n]+\\Z'),
    '^[0-9A-Za-z][0-9A-Za-z.\\-]*$': re.compile('^[0-9A-Za-z][0-9A-Za-z.\\-]*\\Z'),
    '^[^\\n]*$': re.compile('^[^\\n]*\\Z')
}

NoneType = type(None)

def validate_https___drafter_invalid_schema_scheme_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/scheme.schema.json', 'title': 'drafter 评价方案', 'description': 'An evaluation scheme (评价方案): its indicator tree (一级指标 → 二级指标 → 评价要点) with maximum scores, and the template that renders reports against it.', 'type': 'object', 'required': ['id', 'name', 'indicators'], 'additionalProperties': False, 'properties': {'id': {'description': '方案编号：小写字母、数字和连字符，与所在文件夹同名', 'type': 'string', 'pattern': '^[a-z0-9][a-z0-9-]*$', 'x-hint': 'id'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'notice': {'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, 'template': {'description': '渲染本方案的模板，相对于方案所在文件夹；默认 report.j2', 'type': 'string', 'pattern': '^[^\\\\:/]+\\.j2$', 'x-hint': 'template'}, 'part': {'description': '指标写在报告的哪一部分（默认 achievements）', 'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, 'part_heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'parts': {'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, 'leaves': {'description': '评价要点写成「一是……二是……」（points，默认）还是各自一段的标题（headings）', 'enum': ['points', 'headings']}, 'score_table': {'description': '报告末尾附「自评得分表」（默认：有分值时附）', 'type': 'boolean'}, 'score_note': {'description': '在每个一级指标的标题后注明「（分值××分，自评得分××分）」', 'type': 'boolean'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'description': '指标名称', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'description': '下级指标', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicators'}}}}, 'indicator': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'indicators']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/scheme.schema.json', 'title': 'drafter 评价方案', 'description': 'An evaluation scheme (评价方案): its indicator tree (一级指标 → 二级指标 → 评价要点) with maximum scores, and the template that renders reports against it.', 'type': 'object', 'required': ['id', 'name', 'indicators'], 'additionalProperties': False, 'properties': {'id': {'description': '方案编号：小写字母、数字和连字符，与所在文件夹同名', 'type': 'string', 'pattern': '^[a-z0-9][a-z0-9-]*$', 'x-hint': 'id'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'notice': {'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, 'template': {'description': '渲染本方案的模板，相对于方案所在文件夹；默认 report.j2', 'type': 'string', 'pattern': '^[^\\\\:/]+\\.j2$', 'x-hint': 'template'}, 'part': {'description': '指标写在报告的哪一部分（默认 achievements）', 'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, 'part_heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'parts': {'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, 'leaves': {'description': '评价要点写成「一是……二是……」（points，默认）还是各自一段的标题（headings）', 'enum': ['points', 'headings']}, 'score_table': {'description': '报告末尾附「自评得分表」（默认：有分值时附）', 'type': 'boolean'}, 'score_note': {'description': '在每个一级指标的标题后注明「（分值××分，自评得分××分）」', 'type': 'boolean'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'description': '指标名称', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'description': '下级指标', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicators'}}}}, 'indicator': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'description': '方案编号：小写字母、数字和连字符，与所在文件夹同名', 'type': 'string', 'pattern': '^[a-z0-9][a-z0-9-]*$', 'x-hint': 'id'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9][a-z0-9-]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9][a-z0-9-]*$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'description': '方案编号：小写字母、数字和连字符，与所在文件夹同名', 'type': 'string', 'pattern': '^[a-z0-9][a-z0-9-]*$', 'x-hint': 'id'}, rule='pattern')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__level, custom_formats, (name_prefix or "data") + ".level")
        if "notice" in data_keys:
            data_keys.remove("notice")
            data__notice = data["notice"]
            if not isinstance(data__notice, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notice must be object", value=data__notice, name="" + (name_prefix or "data") + ".notice", definition={'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='type')
            data__notice_is_dict = isinstance(data__notice, dict)
            if data__notice_is_dict:
                data__notice__missing_keys = set(['issuer', 'title']) - data__notice.keys()
                if data__notice__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notice must contain " + (str(sorted(data__notice__missing_keys)) + " properties"), value=data__notice, name="" + (name_prefix or "data") + ".notice", definition={'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='required')
                data__notice_keys = set(data__notice.keys())
                if "issuer" in data__notice_keys:
                    data__notice_keys.remove("issuer")
                    data__notice__issuer = data__notice["issuer"]
                    validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__notice__issuer, custom_formats, (name_prefix or "data") + ".notice.issuer")
                if "title" in data__notice_keys:
                    data__notice_keys.remove("title")
                    data__notice__title = data__notice["title"]
                    validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__notice__title, custom_formats, (name_prefix or "data") + ".notice.title")
                if "number" in data__notice_keys:
                    data__notice_keys.remove("number")
                    data__notice__number = data__notice["number"]
                    validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__notice__number, custom_formats, (name_prefix or "data") + ".notice.number")
                if data__notice_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notice must not contain "+str(data__notice_keys)+" properties", value=data__notice, name="" + (name_prefix or "data") + ".notice", definition={'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, rule='additionalProperties')
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if not isinstance(data__template, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must be string", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'description': '渲染本方案的模板，相对于方案所在文件夹；默认 report.j2', 'type': 'string', 'pattern': '^[^\\\\:/]+\\.j2$', 'x-hint': 'template'}, rule='type')
            if isinstance(data__template, str):
                if not REGEX_PATTERNS['^[^\\\\:/]+\\.j2$'].search(data__template):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must match pattern ^[^\\\\:/]+\\.j2$", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'description': '渲染本方案的模板，相对于方案所在文件夹；默认 report.j2', 'type': 'string', 'pattern': '^[^\\\\:/]+\\.j2$', 'x-hint': 'template'}, rule='pattern')
        if "part" in data_keys:
            data_keys.remove("part")
            data__part = data["part"]
            if not (isinstance(data__part, str) and data__part == 'rectification' or isinstance(data__part, str) and data__part == 'achievements' or isinstance(data__part, str) and data__part == 'experience' or isinstance(data__part, str) and data__part == 'problems' or isinstance(data__part, str) and data__part == 'next_steps'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".part must be one of ['rectification', 'achievements', 'experience', 'problems', 'next_steps']", value=data__part, name="" + (name_prefix or "data") + ".part", definition={'description': '指标写在报告的哪一部分（默认 achievements）', 'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, rule='enum')
        if "part_heading" in data_keys:
            data_keys.remove("part_heading")
            data__partheading = data["part_heading"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__partheading, custom_formats, (name_prefix or "data") + ".part_heading")
        if "parts" in data_keys:
            data_keys.remove("parts")
            data__parts = data["parts"]
            if not isinstance(data__parts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must be array", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, rule='type')
            data__parts_is_list = isinstance(data__parts, (list, tuple))
            if data__parts_is_list:
                data__parts_len = len(data__parts)
                if data__parts_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must contain at least 1 items", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__parts_len > len(set(fn(data__parts_x) for data__parts_x in data__parts)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parts must contain unique items", value=data__parts, name="" + (name_prefix or "data") + ".parts", definition={'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, rule='uniqueItems')
                for data__parts_x, data__parts_item in enumerate(data__parts):
                    data__parts_item_one_of_count1 = 0
                    if data__parts_item_one_of_count1 < 2:
                        try:
                            if not (isinstance(data__parts_item, str) and data__parts_item == 'rectification' or isinstance(data__parts_item, str) and data__parts_item == 'achievements' or isinstance(data__parts_item, str) and data__parts_item == 'experience' or isinstance(data__parts_item, str) and data__parts_item == 'problems' or isinstance(data__parts_item, str) and data__parts_item == 'next_steps'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}]" + " must be one of ['rectification', 'achievements', 'experience', 'problems', 'next_steps']", value=data__parts_item, name="" + (name_prefix or "data") + f".parts[{data__parts_x}]" + "", definition={'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, rule='enum')
                            data__parts_item_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__parts_item_one_of_count1 < 2:
                        try:
                            if not isinstance(data__parts_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}]" + " must be object", value=data__parts_item, name="" + (name_prefix or "data") + f".parts[{data__parts_x}]" + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}, rule='type')
                            data__parts_item_is_dict = isinstance(data__parts_item, dict)
                            if data__parts_item_is_dict:
                                data__parts_item__missing_keys = set(['key', 'heading']) - data__parts_item.keys()
                                if data__parts_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}]" + " must contain " + (str(sorted(data__parts_item__missing_keys)) + " properties"), value=data__parts_item, name="" + (name_prefix or "data") + f".parts[{data__parts_x}]" + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}, rule='required')
                                data__parts_item_keys = set(data__parts_item.keys())
                                if "key" in data__parts_item_keys:
                                    data__parts_item_keys.remove("key")
                                    data__parts_item__key = data__parts_item["key"]
                                    if not isinstance(data__parts_item__key, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}].key" + " must be string", value=data__parts_item__key, name="" + (name_prefix or "data") + f".parts[{data__parts_x}].key" + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                                    if isinstance(data__parts_item__key, str):
                                        data__parts_item__key_len = len(data__parts_item__key)
                                        if data__parts_item__key_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}].key" + " must be longer than or equal to 1 characters", value=data__parts_item__key, name="" + (name_prefix or "data") + f".parts[{data__parts_x}].key" + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                                if "heading" in data__parts_item_keys:
                                    data__parts_item_keys.remove("heading")
                                    data__parts_item__heading = data__parts_item["heading"]
                                    if not isinstance(data__parts_item__heading, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + " must be string", value=data__parts_item__heading, name="" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}, rule='type')
                                    if isinstance(data__parts_item__heading, str):
                                        data__parts_item__heading_len = len(data__parts_item__heading)
                                        if data__parts_item__heading_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + " must be longer than or equal to 1 characters", value=data__parts_item__heading, name="" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}, rule='minLength')
                                        if not REGEX_PATTERNS['^[^\\n]+$'].search(data__parts_item__heading):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + " must match pattern ^[^\\n]+$", value=data__parts_item__heading, name="" + (name_prefix or "data") + f".parts[{data__parts_x}].heading" + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}, rule='pattern')
                                if data__parts_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}]" + " must not contain "+str(data__parts_item_keys)+" properties", value=data__parts_item, name="" + (name_prefix or "data") + f".parts[{data__parts_x}]" + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}, rule='additionalProperties')
                            data__parts_item_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if data__parts_item_one_of_count1 != 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".parts[{data__parts_x}]" + " must be valid exactly by one definition" + (" (" + str(data__parts_item_one_of_count1) + " matches found)"), value=data__parts_item, name="" + (name_prefix or "data") + f".parts[{data__parts_x}]" + "", definition={'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}, rule='oneOf')
        if "leaves" in data_keys:
            data_keys.remove("leaves")
            data__leaves = data["leaves"]
            if not (isinstance(data__leaves, str) and data__leaves == 'points' or isinstance(data__leaves, str) and data__leaves == 'headings'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".leaves must be one of ['points', 'headings']", value=data__leaves, name="" + (name_prefix or "data") + ".leaves", definition={'description': '评价要点写成「一是……二是……」（points，默认）还是各自一段的标题（headings）', 'enum': ['points', 'headings']}, rule='enum')
        if "score_table" in data_keys:
            data_keys.remove("score_table")
            data__scoretable = data["score_table"]
            if not isinstance(data__scoretable, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score_table must be boolean", value=data__scoretable, name="" + (name_prefix or "data") + ".score_table", definition={'description': '报告末尾附「自评得分表」（默认：有分值时附）', 'type': 'boolean'}, rule='type')
        if "score_note" in data_keys:
            data_keys.remove("score_note")
            data__scorenote = data["score_note"]
            if not isinstance(data__scorenote, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score_note must be boolean", value=data__scorenote, name="" + (name_prefix or "data") + ".score_note", definition={'description': '在每个一级指标的标题后注明「（分值××分，自评得分××分）」', 'type': 'boolean'}, rule='type')
        if "indicators" in data_keys:
            data_keys.remove("indicators")
            data__indicators = data["indicators"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_indicators(data__indicators, custom_formats, (name_prefix or "data") + ".indicators")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'https://drafter.invalid/schema/scheme.schema.json', 'title': 'drafter 评价方案', 'description': 'An evaluation scheme (评价方案): its indicator tree (一级指标 → 二级指标 → 评价要点) with maximum scores, and the template that renders reports against it.', 'type': 'object', 'required': ['id', 'name', 'indicators'], 'additionalProperties': False, 'properties': {'id': {'description': '方案编号：小写字母、数字和连字符，与所在文件夹同名', 'type': 'string', 'pattern': '^[a-z0-9][a-z0-9-]*$', 'x-hint': 'id'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'level': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'notice': {'description': '印发本方案的通知；报告开头引用它（数据中的 notices 优先）', 'type': 'object', 'required': ['issuer', 'title'], 'additionalProperties': False, 'properties': {'issuer': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'number': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}}}, 'template': {'description': '渲染本方案的模板，相对于方案所在文件夹；默认 report.j2', 'type': 'string', 'pattern': '^[^\\\\:/]+\\.j2$', 'x-hint': 'template'}, 'part': {'description': '指标写在报告的哪一部分（默认 achievements）', 'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, 'part_heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'parts': {'description': '报告依次写哪些部分（数据骨架按此生成），默认 achievements、problems、next_steps；自定义部分写成 {key: situation, heading: 基本情况}', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'oneOf': [{'enum': ['rectification', 'achievements', 'experience', 'problems', 'next_steps']}, {'type': 'object', 'additionalProperties': False, 'required': ['key', 'heading'], 'properties': {'key': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]+$'}}}]}}, 'leaves': {'description': '评价要点写成「一是……二是……」（points，默认）还是各自一段的标题（headings）', 'enum': ['points', 'headings']}, 'score_table': {'description': '报告末尾附「自评得分表」（默认：有分值时附）', 'type': 'boolean'}, 'score_note': {'description': '在每个一级指标的标题后注明「（分值××分，自评得分××分）」', 'type': 'boolean'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}, 'definitions': {'line': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'description': '指标名称', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'description': '下级指标', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicators'}}}}, 'indicator': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_scheme_schema_json__definitions_indicators(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'description': '指标名称', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'description': '下级指标', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicators'}}}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 items", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'description': '指标名称', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'description': '下级指标', '$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicators'}}}}, rule='minItems')
        for data_x, data_item in enumerate(data):
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_indicator(data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]")
    return data

def validate_https___drafter_invalid_schema_scheme_schema_json__definitions_indicator(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str, int)) and not (isinstance(data__code, float) and data__code.is_integer()) or isinstance(data__code, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string or integer", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, rule='type')
            if isinstance(data__code, str):
                if not REGEX_PATTERNS['^[0-9A-Za-z][0-9A-Za-z.\\-]*$'].search(data__code):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must match pattern ^[0-9A-Za-z][0-9A-Za-z.\\-]*$", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "max" in data_keys:
            data_keys.remove("max")
            data__max = data["max"]
            if not isinstance(data__max, (int, float, Decimal)) or isinstance(data__max, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max must be number", value=data__max, name="" + (name_prefix or "data") + ".max", definition={'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, rule='type')
            if isinstance(data__max, (int, float, Decimal)) and not isinstance(data__max, bool):
                if data__max <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max must be bigger than 0", value=data__max, name="" + (name_prefix or "data") + ".max", definition={'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
        if "guidance" in data_keys:
            data_keys.remove("guidance")
            data__guidance = data["guidance"]
            if not isinstance(data__guidance, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guidance must be string", value=data__guidance, name="" + (name_prefix or "data") + ".guidance", definition={'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__guidance, str):
                data__guidance_len = len(data__guidance)
                if data__guidance_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guidance must be longer than or equal to 1 characters", value=data__guidance, name="" + (name_prefix or "data") + ".guidance", definition={'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, rule='minLength')
        if "indicators" in data_keys:
            data_keys.remove("indicators")
            data__indicators = data["indicators"]
            validate_https___drafter_invalid_schema_scheme_schema_json__definitions_indicators(data__indicators, custom_formats, (name_prefix or "data") + ".indicators")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'additionalProperties': False, 'properties': {'code': {'description': '指标编号，如 A1、1.2；在方案内唯一', 'type': ['string', 'integer'], 'pattern': '^[0-9A-Za-z][0-9A-Za-z.\\-]*$', 'x-hint': 'code'}, 'title': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, 'max': {'description': '分值（满分）；有下级指标时可省略，由下级相加', 'type': 'number', 'exclusiveMinimum': 0}, 'guidance': {'description': '评价要点的要求（起草时显示给填写人）', 'type': 'string', 'minLength': 1}, 'indicators': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://drafter.invalid/schema/scheme.schema.json#/definitions/indicator'}}}}, rule='additionalProperties')
    return data

def validate_https___drafter_invalid_schema_scheme_schema_json__definitions_line(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='minLength')
        if not REGEX_PATTERNS['^[^\\n]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[^\\n]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\\n]*$', 'x-hint': 'line'}, rule='pattern')
    return data

validate = validate_https___drafter_invalid_schema_scheme_schema_json
