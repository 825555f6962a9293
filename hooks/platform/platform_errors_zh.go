package platform

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"unicode"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
	"github.com/spf13/cast"
)

// ---------------------------------------------------------------------
// Translation of PocketBase's own English errors.
//
// PocketBase answers its built-in validations (required, unique, file size
// and type, passwordConfirm, oldPassword, rate limits, ...) in English. A
// router middleware rewrites those answers into Chinese naming the field,
// so every form of the UI and every area gets Chinese errors without
// re-implementing PocketBase's checks. Messages already in Chinese are only
// stripped of the "." PocketBase appends.

// fieldLabels are the Chinese names of fields as the forms show them.
var fieldLabels = map[string]string{
	"username": "用户名", "phone": "手机号", "email": "邮箱", "password": "密码",
	"passwordConfirm": "确认密码", "oldPassword": "原密码", "name": "名称",
	"role": "角色", "enterprise": "所属企业", "avatar": "头像", "identity": "帐号",
	"license": "企业营业执照", "credit_code": "统一社会信用代码", "profile": "企业信息",
	"kind": "类型", "cert_status": "认证状态", "cover": "封面图片", "photo": "照片",
	"code": "验证码", "purpose": "用途", "title": "标题", "content": "内容",
	"comment": "审核意见", "quantity": "数量", "rating": "评分",
}

func FieldLabel(name string) string {
	if l, ok := fieldLabels[name]; ok {
		return l
	}
	return "该项"
}

// fieldMessages overrides the generic translation of code for one field.
var fieldMessages = map[string]string{
	"passwordConfirm/validation_values_mismatch":  "两次输入的密码不一致",
	"passwordConfirm/validation_required":         "请再次输入密码",
	"oldPassword/validation_invalid_old_password": "原密码错误",
	"oldPassword/validation_required":             "请输入原密码",
	"license/validation_invalid_mime_type":        "企业营业执照只支持 JPEG、JPG、PNG 格式的图片",
	"license/validation_file_size_limit":          "企业营业执照图片不能超过 10MB",
	"username/validation_not_unique":              "该用户名已被注册",
	"phone/validation_not_unique":                 "该手机号已被注册",
	"email/validation_not_unique":                 "该邮箱已被使用",
	"credit_code/validation_not_unique":           "该统一社会信用代码已被其他企业注册",
	"email/validation_is_email":                   "邮箱格式不正确",
	"email/validation_invalid_email":              "邮箱格式不正确",
	"email/validation_email_domain_not_allowed":   "不支持该邮箱域名",
	"identity/validation_required":                "请输入用户名、手机号或邮箱",
}

// AddFieldMessages adds overrides of fieldMessages. Domain packages call it
// from init (the map is only read once the program runs).
func AddFieldMessages(m map[string]string) {
	for k, v := range m {
		fieldMessages[k] = v
	}
}

// translateFieldError returns the Chinese message of a PocketBase field
// error (code, params) of field.
func translateFieldError(field, code string, params map[string]any) string {
	if m, ok := fieldMessages[field+"/"+code]; ok {
		return m
	}
	l := FieldLabel(field)
	p := func(k string) string { return cast.ToString(params[k]) }
	switch code {
	case "validation_required", "validation_nil_or_not_empty_required", "validation_not_nil_required",
		"validation_length_empty_required":
		return "请填写" + l
	case "validation_not_unique":
		return l + "已被使用"
	case "validation_values_mismatch":
		return l + "不一致"
	case "validation_min_text_constraint":
		return fmt.Sprintf("%s长度不能少于 %s 个字符", l, p("min"))
	case "validation_max_text_constraint":
		return fmt.Sprintf("%s长度不能超过 %s 个字符", l, p("max"))
	case "validation_length_out_of_range", "validation_length_invalid":
		return fmt.Sprintf("%s长度应为 %s-%s 个字符", l, p("min"), p("max"))
	case "validation_length_too_short":
		return fmt.Sprintf("%s长度不能少于 %s 个字符", l, p("min"))
	case "validation_length_too_long":
		return fmt.Sprintf("%s长度不能超过 %s 个字符", l, p("max"))
	case "validation_invalid_format", "validation_match_invalid":
		return l + "格式不正确"
	case "validation_is_email", "validation_invalid_email":
		return l + "格式不正确，应为邮箱地址"
	case "validation_file_size_limit":
		return fmt.Sprintf("%s文件不能超过 %s", l, humanSize(cast.ToInt64(params["maxSize"])))
	case "validation_invalid_mime_type":
		return l + "的文件类型不支持"
	case "validation_too_many_files":
		return fmt.Sprintf("%s最多上传 %s 个文件", l, p("maxSelect"))
	case "validation_invalid_file":
		return l + "文件无效，请重新上传"
	case "validation_only_int_constraint":
		return l + "必须是整数"
	case "validation_min_number_constraint":
		return fmt.Sprintf("%s不能小于 %s", l, p("min"))
	case "validation_max_number_constraint":
		return fmt.Sprintf("%s不能大于 %s", l, p("max"))
	case "validation_not_a_number":
		return l + "必须是数字"
	case "validation_too_many_values":
		return fmt.Sprintf("%s最多选择 %s 项", l, p("maxSelect"))
	case "validation_not_enough_values":
		return fmt.Sprintf("%s至少选择 %s 项", l, p("minSelect"))
	case "validation_invalid_value", "validation_in_invalid":
		return l + "的取值无效"
	case "validation_missing_rel_records", "validation_missing_rel_collection":
		return l + "关联的记录不存在"
	case "validation_invalid_json":
		return l + "必须是有效的 JSON"
	case "validation_invalid_date":
		return l + "日期格式不正确"
	case "validation_invalid_old_password":
		return "原密码错误"
	case "validation_min_greater_equal_than_required":
		return fmt.Sprintf("%s不能早于或小于 %s", l, p("threshold"))
	case "validation_max_less_equal_than_required":
		return fmt.Sprintf("%s不能晚于或大于 %s", l, p("threshold"))
	case "validation_content_size_limit", "validation_json_size_limit":
		return fmt.Sprintf("%s内容过长，不能超过 %s", l, humanSize(cast.ToInt64(params["maxSize"])))
	case "validation_invalid_url":
		return l + "格式不正确，应为网址"
	case "validation_url_domain_not_allowed", "validation_email_domain_not_allowed":
		return l + "的域名不被允许"
	case "validation_invalid_token", "validation_token_collection_mismatch":
		return "链接无效或已过期，请重新获取"
	case "validation_forbidden_pk_character", "validation_pk_invalid", "validation_reserved_pk",
		"validation_invalid_or_existing_id", "validation_invalid_auth_id":
		return "记录编号无效或已存在"
	}
	return l + "填写不正确"
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%d 字节", n)
}

// statusMessages name each status PocketBase answers without field data.
var statusMessages = map[int]string{
	http.StatusBadRequest:            "请求有误，请检查填写的内容",
	http.StatusUnauthorized:          "请先登录",
	http.StatusForbidden:             "没有权限执行此操作",
	http.StatusNotFound:              "请求的资源不存在",
	http.StatusRequestEntityTooLarge: "上传的内容过大",
	http.StatusTooManyRequests:       "请求过于频繁，请稍后再试",
	http.StatusInternalServerError:   "服务器内部错误，请稍后再试",
	http.StatusServiceUnavailable:    "系统繁忙，请稍后重试",
}

// actionMessages are more precise than statusMessages for what the request
// was doing (requestAction): PocketBase's English sentences are not a key,
// an upgrade may reword them.
var actionMessages = map[string]string{
	"400 create":    "保存失败，请检查填写的内容",
	"400 update":    "保存失败，请检查填写的内容",
	"400 delete":    "删除失败，该记录仍被其他数据引用",
	"400 auth":      "帐号或密码错误",
	"403 auth":      "该帐号不允许登录",
	"403 superuser": "仅超级管理员可以执行此操作",
}

// requestAction is what a request to PocketBase's own routes does, as the
// translation keys it: auth (auth-with-*), create, update, delete or view
// (records API), "" otherwise.
func requestAction(method, path string) string {
	rest, ok := strings.CutPrefix(path, "/api/collections/")
	if !ok {
		return ""
	}
	parts := strings.Split(strings.Trim(rest, "/"), "/")
	if len(parts) >= 2 && strings.HasPrefix(parts[1], "auth-with-") {
		return "auth"
	}
	if len(parts) < 2 || parts[1] != "records" {
		return ""
	}
	switch method {
	case http.MethodPost:
		return "create"
	case http.MethodPatch:
		return "update"
	case http.MethodDelete:
		return "delete"
	case http.MethodGet:
		if len(parts) == 2 {
			return "list"
		}
		return "view"
	}
	return ""
}

// superuserOnly reports whether action on the records of the collection
// in path is for superusers only (its API rule is unset), the reason of
// PocketBase's 403 there.
func superuserOnly(app core.App, action, path string) bool {
	rest, _ := strings.CutPrefix(path, "/api/collections/")
	name, _, _ := strings.Cut(rest, "/")
	col, err := app.FindCachedCollectionByNameOrId(name)
	if err != nil {
		return false
	}
	rules := map[string]*string{"list": col.ListRule, "view": col.ViewRule,
		"create": col.CreateRule, "update": col.UpdateRule, "delete": col.DeleteRule}
	rule, known := rules[action]
	return known && rule == nil
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// polishCJK drops the "." PocketBase appends to a Chinese sentence.
func polishCJK(s string) string {
	if strings.HasSuffix(s, ".") && hasCJK(s) {
		return strings.TrimSuffix(s, ".")
	}
	return s
}

// translateApiError rewrites apiErr in place into Chinese: a Chinese
// message is kept (without PocketBase's "."); a 400 with field errors says
// its first field's message (translated from the field's error code);
// anything else is named by its status and what the request was doing
// (action, see requestAction; "superuser" when the collection's rule
// leaves the action to superusers).
func translateApiError(apiErr *router.ApiError, action string) {
	firstField := translateErrorData("", apiErr.Data)
	switch {
	case hasCJK(apiErr.Message):
		apiErr.Message = polishCJK(apiErr.Message)
	case apiErr.Status == http.StatusBadRequest && firstField != "":
		apiErr.Message = firstField
	default:
		if m, ok := actionMessages[fmt.Sprintf("%d %s", apiErr.Status, action)]; ok {
			apiErr.Message = m
		} else if m, ok := statusMessages[apiErr.Status]; ok {
			apiErr.Message = m
		}
	}
}

// translateErrorData walks the error data (nested for JSON/sub fields) and
// returns the first translated message in key order.
func translateErrorData(field string, data map[string]any) string {
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	first := ""
	for _, k := range keys {
		item, ok := data[k].(map[string]any)
		if !ok {
			continue
		}
		var msg string
		if code, isLeaf := item["code"].(string); isLeaf {
			m := cast.ToString(item["message"])
			if hasCJK(m) {
				msg = polishCJK(m)
			} else {
				params, _ := item["params"].(map[string]any)
				msg = translateFieldError(k, code, params)
			}
			item["message"] = msg
		} else {
			msg = translateErrorData(k, item)
		}
		if first == "" {
			first = msg
		}
	}
	return first
}

// zhErrorsMiddleware wraps every route (including the rate limiter, which
// runs at priority -1000) and translates the error it returns.
func zhErrorsMiddleware() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id:       "smedxZhErrors",
		Priority: -1001,
		Func: func(e *core.RequestEvent) error {
			err := e.Next()
			if err == nil {
				return nil
			}
			var apiErr *router.ApiError
			if !errors.As(err, &apiErr) {
				apiErr = router.ToApiError(err)
			}
			action := requestAction(e.Request.Method, e.Request.URL.Path)
			if apiErr.Status == http.StatusForbidden && action != "auth" && superuserOnly(e.App, action, e.Request.URL.Path) {
				action = "superuser"
			}
			translateApiError(apiErr, action)
			return apiErr
		},
	}
}

// FieldMessage is the Chinese message of one field's error, as the error
// middleware would answer it: for reports that list many errors in one
// response (the bulk imports' row-by-row report, hooks/console).
func FieldMessage(field string, err error) string {
	if m := err.Error(); hasCJK(m) {
		return polishCJK(m)
	}
	var ve validation.Error
	if errors.As(err, &ve) {
		return translateFieldError(field, ve.Code(), ve.Params())
	}
	return FieldLabel(field) + "填写不正确"
}
