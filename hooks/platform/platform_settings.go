package platform

import (
	"os"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
)

// AppName is shown in mails, the dashboard and the web UI.
const AppName = "中小企业数字化转型公共服务平台"

// registerSettings applies the platform's name and the deployment
// configuration read from the environment (SMTP, S3, backups) every time the
// app boots, so a province configures a deployment without the dashboard.
// Values set only in the dashboard stay as they are when a variable is unset.
func registerSettings(app core.App) {
	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		s := e.App.Settings()
		changed := applyEnvSettings(s, os.Getenv)
		if s.Meta.AppName == "Acme" || s.Meta.AppName == "" {
			s.Meta.AppName = AppName
			changed = true
		}
		if !changed {
			return nil
		}
		return e.App.Save(s)
	})
}

// applyEnvSettings copies the SMEDX_* variables that are set into s and
// reports whether anything changed.
func applyEnvSettings(s *core.Settings, env func(string) string) bool {
	changed := false
	str := func(key string, dst *string) {
		if v := env(key); v != "" && v != *dst {
			*dst = v
			changed = true
		}
	}
	num := func(key string, dst *int) {
		if v, err := strconv.Atoi(env(key)); err == nil && v != *dst {
			*dst = v
			changed = true
		}
	}
	flag := func(key string, dst *bool) {
		if v, err := strconv.ParseBool(env(key)); err == nil && v != *dst {
			*dst = v
			changed = true
		}
	}

	str("SMEDX_APP_URL", &s.Meta.AppURL)
	str("SMEDX_MAIL_FROM", &s.Meta.SenderAddress)
	str("SMEDX_MAIL_FROM_NAME", &s.Meta.SenderName)

	if env("SMEDX_SMTP_HOST") != "" {
		if !s.SMTP.Enabled {
			s.SMTP.Enabled = true
			changed = true
		}
		str("SMEDX_SMTP_HOST", &s.SMTP.Host)
		num("SMEDX_SMTP_PORT", &s.SMTP.Port)
		str("SMEDX_SMTP_USER", &s.SMTP.Username)
		str("SMEDX_SMTP_PASSWORD", &s.SMTP.Password)
		flag("SMEDX_SMTP_TLS", &s.SMTP.TLS)
	}

	if env("SMEDX_S3_BUCKET") != "" {
		if !s.S3.Enabled {
			s.S3.Enabled = true
			changed = true
		}
		str("SMEDX_S3_BUCKET", &s.S3.Bucket)
		str("SMEDX_S3_REGION", &s.S3.Region)
		str("SMEDX_S3_ENDPOINT", &s.S3.Endpoint)
		str("SMEDX_S3_ACCESS_KEY", &s.S3.AccessKey)
		str("SMEDX_S3_SECRET", &s.S3.Secret)
		flag("SMEDX_S3_FORCE_PATH_STYLE", &s.S3.ForcePathStyle)
	}

	str("SMEDX_BACKUP_CRON", &s.Backups.Cron)
	num("SMEDX_BACKUP_KEEP", &s.Backups.CronMaxKeep)
	if env("SMEDX_BACKUP_S3_BUCKET") != "" {
		if !s.Backups.S3.Enabled {
			s.Backups.S3.Enabled = true
			changed = true
		}
		str("SMEDX_BACKUP_S3_BUCKET", &s.Backups.S3.Bucket)
		str("SMEDX_BACKUP_S3_REGION", &s.Backups.S3.Region)
		str("SMEDX_BACKUP_S3_ENDPOINT", &s.Backups.S3.Endpoint)
		str("SMEDX_BACKUP_S3_ACCESS_KEY", &s.Backups.S3.AccessKey)
		str("SMEDX_BACKUP_S3_SECRET", &s.Backups.S3.Secret)
	}
	return changed
}
