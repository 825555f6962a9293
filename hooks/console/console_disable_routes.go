package console

import (
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// The operator's 停用 / 启用 (batch) routes:
//
//	POST /api/smedx/console/enterprises/disable {ids, reason}
//	POST /api/smedx/console/enterprises/enable  {ids, reason?}
//	POST /api/smedx/console/users/disable       {ids, reason}
//	POST /api/smedx/console/users/enable        {ids, reason?}
//
// All ids change in one transaction or none does; rows already in the
// wanted state are left alone. Each change is audited with the reason and
// notified: a tenant's admins learn that their enterprise (or one of their
// accounts) was disabled or enabled, a platform account its holder.

const maxBatch = 100

type disableBody struct {
	IDs    []string `json:"ids"`
	Reason string   `json:"reason"`
}

func readDisableBody(e *core.RequestEvent, disable bool) (disableBody, error) {
	var b disableBody
	if err := e.BindBody(&b); err != nil {
		return b, platform.Error(400, "无法读取提交的数据")
	}
	b.Reason = strings.TrimSpace(b.Reason)
	seen := map[string]bool{}
	ids := b.IDs[:0]
	for _, id := range b.IDs {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	b.IDs = ids
	switch {
	case len(b.IDs) == 0:
		return b, platform.FieldError("ids", "ids_required", "请选择要操作的帐号")
	case len(b.IDs) > maxBatch:
		return b, platform.FieldError("ids", "ids_too_many", "一次最多操作 100 个帐号")
	case disable && b.Reason == "":
		return b, platform.FieldError("reason", "reason_required", "请填写停用原因")
	case utf8.RuneCountInString(b.Reason) > 500:
		return b, platform.FieldError("reason", "reason_too_long", "原因不能超过 500 个字")
	}
	return b, nil
}

func verb(disable bool) string {
	if disable {
		return "停用"
	}
	return "启用"
}

// setEnterprisesDisabled is 企业管理's 停用/启用 of tenants.
func setEnterprisesDisabled(disable bool) func(*core.RequestEvent) error {
	return func(e *core.RequestEvent) error {
		if _, err := staffOnly(e, platform.RoleOperator); err != nil {
			return err
		}
		body, err := readDisableBody(e, disable)
		if err != nil {
			return err
		}
		changed := []string{}
		err = platform.RunTx(e.App, func(tx core.App) error {
			changed = changed[:0]
			for _, id := range body.IDs {
				ent, err := tx.FindRecordById("enterprises", id)
				if err != nil {
					return platform.FieldError("ids", "not_found", "企业不存在："+id)
				}
				if ent.GetBool("disabled") == disable {
					continue
				}
				ent.Set("disabled", disable)
				ent.Set("disabled_reason", body.Reason)
				if err := tx.Save(ent); err != nil {
					return err
				}
				action := map[bool]string{true: "enterprise_disable", false: "enterprise_enable"}[disable]
				if err := platform.AuditRequest(tx, e, action, "enterprises", ent.Id, map[string]any{"reason": body.Reason, "name": ent.GetString("name")}); err != nil {
					return err
				}
				content := "您的企业「" + ent.GetString("name") + "」在平台的帐号已被" + verb(disable)
				if body.Reason != "" {
					content += "，原因：" + body.Reason
				}
				content += "。如有疑问请联系平台运营人员。"
				if err := notifyAdmins(tx, ent.Id, platform.Notice{
					Title: "企业帐号已" + verb(disable), Content: content, Link: "/workbench",
					Kind: platform.KindNotice, RefCollection: "enterprises", RefID: ent.Id,
				}); err != nil {
					return err
				}
				changed = append(changed, ent.Id)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return e.JSON(200, map[string]any{"changed": changed, "count": len(changed)})
	}
}

// setUsersDisabled is 平台用户's 停用/启用 (also usable on a tenant's
// account from 企业管理's detail).
func setUsersDisabled(disable bool) func(*core.RequestEvent) error {
	return func(e *core.RequestEvent) error {
		me, err := staffOnly(e, platform.RoleOperator)
		if err != nil {
			return err
		}
		body, err := readDisableBody(e, disable)
		if err != nil {
			return err
		}
		for _, id := range body.IDs {
			if id == me.Id {
				return platform.FieldError("ids", "self", "不能"+verb(disable)+"自己的帐号")
			}
		}
		changed := []string{}
		err = platform.RunTx(e.App, func(tx core.App) error {
			changed = changed[:0]
			for _, id := range body.IDs {
				u, err := tx.FindRecordById("users", id)
				if err != nil {
					return platform.FieldError("ids", "not_found", "用户不存在："+id)
				}
				if u.GetBool("disabled") == disable {
					continue
				}
				u.Set("disabled", disable)
				u.Set("disabled_reason", body.Reason)
				if err := tx.Save(u); err != nil {
					return err
				}
				action := map[bool]string{true: "user_disable", false: "user_enable"}[disable]
				if err := platform.AuditRequest(tx, e, action, "users", u.Id, map[string]any{"reason": body.Reason, "username": u.GetString("username")}); err != nil {
					return err
				}
				content := "帐号「" + u.GetString("username") + "」已被平台" + verb(disable)
				if body.Reason != "" {
					content += "，原因：" + body.Reason
				}
				content += "。"
				n := platform.Notice{Title: "帐号已" + verb(disable), Content: content, Link: "/workbench",
					Kind: platform.KindNotice, RefCollection: "users", RefID: u.Id}
				if ent := u.GetString("enterprise"); ent != "" {
					err = notifyAdmins(tx, ent, n)
				} else {
					n.User = u.Id
					err = platform.NotifyWith(tx, n)
				}
				if err != nil {
					return err
				}
				changed = append(changed, u.Id)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return e.JSON(200, map[string]any{"changed": changed, "count": len(changed)})
	}
}

// notifyAdmins sends n to every tenant admin of the enterprise.
func notifyAdmins(app core.App, enterpriseID string, n platform.Notice) error {
	var admins []string
	if err := app.DB().Select("id").From("users").
		Where(dbx.HashExp{"enterprise": enterpriseID, "tenant_admin": true}).Column(&admins); err != nil {
		return err
	}
	for _, id := range admins {
		n.User = id
		if err := platform.NotifyWith(app, n); err != nil {
			return err
		}
	}
	return nil
}
