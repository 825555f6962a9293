package platform

import (
	"net/http"
	"strings"
	"testing"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/tools/router"
)

// pocketBaseFieldErrors are the field error codes PocketBase v0.39.11 (core
// fields, core/validators, ozzo rules they use, the auth and password reset
// forms) can answer on the routes smedx exposes (records API, auth with
// password, password reset), with the params it sets. Every one must get
// its own Chinese message, not the generic fallback.
var pocketBaseFieldErrors = []struct {
	field, code string
	params      map[string]any
	want        string
}{
	{"name", "validation_required", nil, "请填写名称"},
	{"name", "validation_nil_or_not_empty_required", nil, "请填写名称"},
	{"name", "validation_not_nil_required", nil, "请填写名称"},
	{"name", "validation_length_empty_required", nil, "请填写名称"},
	{"name", "validation_min_text_constraint", map[string]any{"min": 2}, "名称长度不能少于 2 个字符"},
	{"name", "validation_max_text_constraint", map[string]any{"max": 50}, "名称长度不能超过 50 个字符"},
	{"name", "validation_length_out_of_range", map[string]any{"min": 2, "max": 50}, "名称长度应为 2-50 个字符"},
	{"name", "validation_length_invalid", map[string]any{"min": 18, "max": 18}, "名称长度应为 18-18 个字符"},
	{"name", "validation_length_too_long", map[string]any{"max": 50}, "名称长度不能超过 50 个字符"},
	{"name", "validation_length_too_short", map[string]any{"min": 2}, "名称长度不能少于 2 个字符"},
	{"name", "validation_invalid_format", nil, "名称格式不正确"},
	{"name", "validation_match_invalid", nil, "名称格式不正确"},
	{"email", "validation_is_email", nil, "邮箱格式不正确"},
	{"email", "validation_invalid_email", nil, "邮箱格式不正确"},
	{"email", "validation_email_domain_not_allowed", nil, "不支持该邮箱域名"},
	{"email", "validation_not_unique", nil, "该邮箱已被使用"},
	{"title", "validation_not_unique", nil, "标题已被使用"},
	{"content", "validation_content_size_limit", map[string]any{"maxSize": 1 << 20}, "内容内容过长，不能超过 1MB"},
	{"profile", "validation_json_size_limit", map[string]any{"maxSize": 2 << 10}, "企业信息内容过长，不能超过 2KB"},
	{"profile", "validation_invalid_json", nil, "企业信息必须是有效的 JSON"},
	{"cover", "validation_file_size_limit", map[string]any{"maxSize": 5 << 20}, "封面图片文件不能超过 5MB"},
	{"cover", "validation_invalid_mime_type", nil, "封面图片的文件类型不支持"},
	{"cover", "validation_too_many_files", map[string]any{"maxSelect": 1}, "封面图片最多上传 1 个文件"},
	{"cover", "validation_invalid_file", nil, "封面图片文件无效，请重新上传"},
	{"quantity", "validation_only_int_constraint", nil, "数量必须是整数"},
	{"quantity", "validation_min_number_constraint", map[string]any{"min": 1}, "数量不能小于 1"},
	{"quantity", "validation_max_number_constraint", map[string]any{"max": 999}, "数量不能大于 999"},
	{"quantity", "validation_not_a_number", nil, "数量必须是数字"},
	{"kind", "validation_invalid_value", nil, "类型的取值无效"},
	{"kind", "validation_in_invalid", nil, "类型的取值无效"},
	{"kind", "validation_too_many_values", map[string]any{"maxSelect": 3}, "类型最多选择 3 项"},
	{"enterprise", "validation_not_enough_values", map[string]any{"minSelect": 1}, "所属企业至少选择 1 项"},
	{"enterprise", "validation_missing_rel_records", nil, "所属企业关联的记录不存在"},
	{"enterprise", "validation_missing_rel_collection", nil, "所属企业关联的记录不存在"},
	{"name", "validation_min_greater_equal_than_required", map[string]any{"threshold": "2026-01-01"}, "名称不能早于或小于 2026-01-01"},
	{"name", "validation_max_less_equal_than_required", map[string]any{"threshold": "2026-12-31"}, "名称不能晚于或大于 2026-12-31"},
	{"name", "validation_invalid_url", nil, "名称格式不正确，应为网址"},
	{"name", "validation_url_domain_not_allowed", nil, "名称的域名不被允许"},
	{"token", "validation_invalid_token", nil, "链接无效或已过期，请重新获取"},
	{"token", "validation_token_collection_mismatch", nil, "链接无效或已过期，请重新获取"},
	{"id", "validation_invalid_or_existing_id", nil, "记录编号无效或已存在"},
	{"id", "validation_invalid_auth_id", nil, "记录编号无效或已存在"},
	{"id", "validation_forbidden_pk_character", nil, "记录编号无效或已存在"},
	{"id", "validation_pk_invalid", nil, "记录编号无效或已存在"},
	{"id", "validation_reserved_pk", nil, "记录编号无效或已存在"},
	{"passwordConfirm", "validation_values_mismatch", nil, "两次输入的密码不一致"},
	{"oldPassword", "validation_invalid_old_password", nil, "原密码错误"},
	{"identity", "validation_required", nil, "请输入用户名、手机号或邮箱"},
	{"license", "validation_file_size_limit", map[string]any{"maxSize": 10 << 20}, "企业营业执照图片不能超过 10MB"},
}

func TestFieldErrorCodesOfPocketBase(t *testing.T) {
	for _, c := range pocketBaseFieldErrors {
		got := translateFieldError(c.field, c.code, c.params)
		if got != c.want {
			t.Errorf("%s/%s: got %q, want %q", c.field, c.code, got, c.want)
		}
		if got == FieldLabel(c.field)+"填写不正确" {
			t.Errorf("%s/%s: only the generic fallback", c.field, c.code)
		}
	}
}

func TestRequestAction(t *testing.T) {
	cases := []struct{ method, path, want string }{
		{"POST", "/api/collections/users/auth-with-password", "auth"},
		{"POST", "/api/collections/users/auth-with-otp", "auth"},
		{"POST", "/api/collections/users/auth-refresh", ""},
		{"POST", "/api/collections/products/records", "create"},
		{"PATCH", "/api/collections/products/records/abc", "update"},
		{"DELETE", "/api/collections/products/records/abc", "delete"},
		{"GET", "/api/collections/products/records", "list"},
		{"GET", "/api/collections/products/records/abc", "view"},
		{"GET", "/api/files/col/rec/a.png", ""},
		{"POST", "/api/smedx/orders/checkout", ""},
	}
	for _, c := range cases {
		if got := requestAction(c.method, c.path); got != c.want {
			t.Errorf("%s %s: got %q, want %q", c.method, c.path, got, c.want)
		}
	}
}

// The English answers PocketBase v0.39.11 gives on the routes smedx exposes
// (apis/record_crud.go, record_auth_with_password.go, record_auth_refresh.go,
// record_auth_password_reset_*.go, record_helpers.go, file.go, realtime.go,
// batch.go, middlewares*.go, tools/router/error.go defaults) come out
// Chinese. The translation is keyed on the status, the request's action and
// the field codes, never on these sentences.
func TestPocketBaseMessagesOfOurRoutes(t *testing.T) {
	records := "/api/collections/products/records"
	cases := []struct {
		method, path string
		superuser    bool // the collection's rule leaves the action to superusers
		status       int
		message      string
		data         any
		want         string
	}{
		// records API
		{"GET", records, true, 403, "Only superusers can perform this action.", nil, "仅超级管理员可以执行此操作"},
		{"POST", records, true, 403, "Only superusers can perform this action.", nil, "仅超级管理员可以执行此操作"},
		{"DELETE", records + "/x", true, 403, "Only superusers can perform this action.", nil, "仅超级管理员可以执行此操作"},
		{"GET", records, false, 400, "", nil, "请求有误，请检查填写的内容"},
		{"GET", records + "/x", false, 404, "", nil, "请求的资源不存在"},
		{"GET", records, false, 500, "Failed to enrich records", nil, "服务器内部错误，请稍后再试"},
		{"GET", records, false, 404, "Missing collection context.", nil, "请求的资源不存在"},
		{"POST", records, false, 400, "Failed to read the submitted data.", nil, "保存失败，请检查填写的内容"},
		{"POST", records, false, 400, "Unsupported collection type.", nil, "保存失败，请检查填写的内容"},
		{"POST", records, false, 400, "Failed to create record", validation.Errors{"name": validation.ErrRequired}, "请填写名称"},
		{"POST", records, false, 400, "Failed to create record", nil, "保存失败，请检查填写的内容"},
		{"PATCH", records + "/x", false, 400, "Failed to update record.", validation.Errors{"quantity": validation.NewError("validation_min_number_constraint", "Must be larger than {{.min}}").SetParams(map[string]any{"min": 1})}, "数量不能小于 1"},
		{"PATCH", records + "/x", false, 400, "Failed to update record.", nil, "保存失败，请检查填写的内容"},
		{"PATCH", records + "/x", false, 403, "You are not allowed to perform this request.", nil, "没有权限执行此操作"},
		{"DELETE", records + "/x", false, 400, "Failed to delete record. Make sure that the record is not part of a required relation reference.", nil, "删除失败，该记录仍被其他数据引用"},
		{"POST", records, false, 413, "Request entity too large", nil, "上传的内容过大"},
		// auth with password, refresh, password reset
		{"POST", "/api/collections/users/auth-with-password", false, 403, "The collection is not configured to allow password authentication.", nil, "该帐号不允许登录"},
		{"POST", "/api/collections/users/auth-with-password", false, 400, "An error occurred while loading the submitted data.", nil, "帐号或密码错误"},
		{"POST", "/api/collections/users/auth-with-password", false, 400, "An error occurred while validating the submitted data.", validation.Errors{"identity": validation.ErrRequired}, "请输入用户名、手机号或邮箱"},
		{"POST", "/api/collections/users/auth-with-password", false, 400, "Failed to authenticate.", nil, "帐号或密码错误"},
		{"POST", "/api/collections/users/auth-with-password", false, 403, "The request doesn't satisfy the collection requirements to authenticate.", nil, "该帐号不允许登录"},
		{"POST", "/api/collections/users/auth-with-password", false, 401, "A different authentication method is required.", nil, "请先登录"},
		{"POST", "/api/collections/users/auth-with-password", false, 500, "Failed to create auth token.", nil, "服务器内部错误，请稍后再试"},
		{"POST", "/api/collections/users/auth-refresh", false, 404, "Missing auth record context.", nil, "请求的资源不存在"},
		{"POST", "/api/collections/users/auth-refresh", false, 401, "The request requires valid record authorization token.", nil, "请先登录"},
		{"POST", "/api/collections/users/auth-refresh", false, 403, "The authorized record is not allowed to perform this action.", nil, "没有权限执行此操作"},
		{"POST", "/api/collections/users/request-password-reset", false, 400, "An error occurred while validating the submitted data.", validation.Errors{"email": validation.NewError("validation_is_email", "must be a valid email address")}, "邮箱格式不正确"},
		{"POST", "/api/collections/users/confirm-password-reset", false, 400, "Invalid or expired password reset token.", validation.Errors{"token": validation.NewError("validation_invalid_token", "Invalid or expired token.")}, "链接无效或已过期，请重新获取"},
		{"POST", "/api/collections/users/confirm-password-reset", false, 400, "Failed to set new password.", nil, "请求有误，请检查填写的内容"},
		// files, realtime, batch
		{"GET", "/api/files/c/r/a.png", false, 404, "", nil, "请求的资源不存在"},
		{"GET", "/api/files/token", false, 401, "Missing auth context.", nil, "请先登录"},
		{"POST", "/api/realtime", false, 404, "Missing or invalid client id.", nil, "请求的资源不存在"},
		{"POST", "/api/realtime", false, 403, "The current and the previous request authorization don't match.", nil, "没有权限执行此操作"},
		{"POST", "/api/batch", false, 403, "Batch requests are not allowed.", nil, "没有权限执行此操作"},
		{"POST", "/api/batch", false, 400, "Batch transaction failed.", nil, "请求有误，请检查填写的内容"},
		// middlewares and the router's defaults
		{"GET", "/api/collections/users/records", false, 401, "The request requires superuser or record authorization token.", nil, "请先登录"},
		{"POST", "/api/collections/users/records", false, 429, "Too Many Requests.", nil, "请求过于频繁，请稍后再试"},
		{"GET", "/api/x", false, 400, "Something went wrong while processing your request.", nil, "请求有误，请检查填写的内容"},
		{"GET", "/api/x", false, 404, "The requested resource wasn't found.", nil, "请求的资源不存在"},
	}
	for _, c := range cases {
		apiErr := router.NewApiError(c.status, c.message, c.data)
		action := requestAction(c.method, c.path)
		if c.superuser && c.status == http.StatusForbidden {
			action = "superuser"
		}
		translateApiError(apiErr, action)
		if apiErr.Message != c.want {
			t.Errorf("%d %s %s %q: got %q, want %q", c.status, c.method, c.path, c.message, apiErr.Message, c.want)
		}
		if !hasCJK(apiErr.Message) {
			t.Errorf("%q stayed English", c.message)
		}
	}
}

func TestErrorConstructors(t *testing.T) {
	// One field: status 400, message and data as written (no ".").
	fe := FieldError("batch", "sold_out", "该批次服务券已领完")
	if fe.Status != 400 || fe.Message != "该批次服务券已领完" {
		t.Errorf("FieldError: %d %q", fe.Status, fe.Message)
	}
	item, _ := fe.Data["batch"].(map[string]any)
	if item["code"] != "sold_out" || item["message"] != "该批次服务券已领完" {
		t.Errorf("FieldError data: %#v", fe.Data)
	}
	// Many fields: the message is the first field's in key order.
	br := BadRequest(validation.Errors{"b": Invalid("x", "乙有误"), "a": Invalid("y", "甲有误")})
	if br.Message != "甲有误" || len(br.Data) != 2 {
		t.Errorf("BadRequest: %q %#v", br.Message, br.Data)
	}
	// Invalid is a validation.Error whose code reads like PocketBase's.
	if v, ok := Invalid("validation_not_unique", "已存在").(validation.Error); !ok || v.Code() != "validation_not_unique" {
		t.Errorf("Invalid is not a validation.Error with its code: %#v", v)
	}
	if !IsUniqueErr(validation.Errors{"phone": Invalid("validation_not_unique", "该手机号已被注册")}) {
		t.Error("IsUniqueErr does not see an Invalid not_unique")
	}
	if e := Error(409, "您已评审过该申请"); e.Status != 409 || e.Message != "您已评审过该申请" || strings.HasSuffix(e.Message, ".") {
		t.Errorf("Error: %d %q", e.Status, e.Message)
	}
	if c := Conflict("冲突"); c.Status != http.StatusConflict {
		t.Errorf("Conflict: %d", c.Status)
	}
	// A Chinese message PocketBase sentenized loses its ".".
	pb := router.NewBadRequestError("请选择批次", nil)
	translateApiError(pb, "")
	if pb.Message != "请选择批次" {
		t.Errorf("polish: %q", pb.Message)
	}
}
