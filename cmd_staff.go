package main

import (
	"errors"
	"fmt"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"
)

// staffCommand manages platform accounts (运营人员 and 工信厅 reviewers),
// which never come from sign-up.
func staffCommand(app *pocketbase.PocketBase) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "staff",
		Short: "管理平台人员帐号（运营人员 operator、工信厅审核人员 department）",
	}

	var role, username, phone, password, name, email string
	create := &cobra.Command{
		Use:   "create",
		Short: "创建平台人员帐号",
		Example: `  smedx staff create --role operator --username op_zhang --phone 13800000001 \
      --password 'Op@2026abc' --name 张三`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			if role != "operator" && role != "department" {
				return errors.New("--role 必须是 operator（运营人员）或 department（工信厅审核人员）")
			}
			users, err := app.FindCollectionByNameOrId("users")
			if err != nil {
				return err
			}
			rec := core.NewRecord(users)
			rec.Set("username", username)
			rec.Set("phone", phone)
			rec.Set("name", name)
			rec.Set("email", email)
			rec.Set("role", role)
			rec.Set("verified", true)
			rec.SetPassword(password)
			if err := app.Save(rec); err != nil {
				return fmt.Errorf("创建失败: %w", err)
			}
			fmt.Printf("已创建%s帐号 %s（id %s）\n", roleTitle(role), username, rec.Id)
			return nil
		},
	}
	create.Flags().StringVar(&role, "role", "", "operator 或 department（必填）")
	create.Flags().StringVar(&username, "username", "", "用户名，6-30 位字母、数字、下划线（必填）")
	create.Flags().StringVar(&phone, "phone", "", "手机号（必填）")
	create.Flags().StringVar(&password, "password", "", "密码，8-18 位，至少包含数字、大小写字母、特殊字符中的 3 种（必填）")
	create.Flags().StringVar(&name, "name", "", "姓名")
	create.Flags().StringVar(&email, "email", "", "邮箱（可选，用于邮件通知）")
	for _, f := range []string{"role", "username", "phone", "password"} {
		_ = create.MarkFlagRequired(f)
	}

	list := &cobra.Command{
		Use:   "list",
		Short: "列出平台人员帐号",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			recs, err := app.FindRecordsByFilter("users", `role = "operator" || role = "department"`, "role,username", 0, 0)
			if err != nil {
				return err
			}
			for _, r := range recs {
				fmt.Printf("%-10s %-24s %-12s %s\n", r.GetString("role"), r.GetString("username"), r.GetString("phone"), r.GetString("name"))
			}
			return nil
		},
	}

	cmd.AddCommand(create, list)
	return cmd
}

func roleTitle(role string) string {
	switch role {
	case "operator":
		return "运营人员"
	case "department":
		return "工信厅审核人员"
	}
	return role
}
