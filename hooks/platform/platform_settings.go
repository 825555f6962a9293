package platform

import (
	"os"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// AppName is shown in mails, the dashboard and the web UI.
const AppName = "中小企业数字化转型公共服务平台"

// registerSettings applies the platform's name and the deployment
// configuration read from the environment (SMTP, S3, backups, trusted
// proxy) every time the app boots, so a province configures a deployment
// without the dashboard and a changed variable takes effect on the next
// restart. A variable that is unset leaves the dashboard's value alone; the
// value "off" switches its feature off (see applyEnvSettings).
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

// EnvOff is the value that switches a feature off from the environment
// (SMEDX_SMTP_HOST=off, SMEDX_S3_BUCKET=off, SMEDX_BACKUP_CRON=off,
// SMEDX_BACKUP_S3_BUCKET=off, SMEDX_TRUSTED_PROXY_HEADERS=off,
// SMEDX_RATE_LIMITS=off): an empty value cannot, since it means "unset".
const EnvOff = "off"

// IsEnvOff tells whether v is EnvOff (any case, surrounding spaces ignored).
func IsEnvOff(v string) bool { return strings.EqualFold(strings.TrimSpace(v), EnvOff) }

// applyEnvSettings copies the SMEDX_* variables that are set into s and
// reports whether anything changed.
func applyEnvSettings(s *core.Settings, env func(string) string) bool {
	changed := false
	off := func(key string, enabled *bool) bool {
		if !IsEnvOff(env(key)) {
			return false
		}
		if *enabled {
			*enabled = false
			changed = true
		}
		return true
	}
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

	// off: notification mails are not sent (registerNotify skips them).
	if !off("SMEDX_SMTP_HOST", &s.SMTP.Enabled) && env("SMEDX_SMTP_HOST") != "" {
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

	// off: new uploads go to pb_data/storage; files already on S3 stay there.
	if !off("SMEDX_S3_BUCKET", &s.S3.Enabled) && env("SMEDX_S3_BUCKET") != "" {
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

	if IsEnvOff(env("SMEDX_BACKUP_CRON")) {
		if s.Backups.Cron != "" {
			s.Backups.Cron = ""
			changed = true
		}
	} else {
		str("SMEDX_BACKUP_CRON", &s.Backups.Cron)
	}
	num("SMEDX_BACKUP_KEEP", &s.Backups.CronMaxKeep)
	// off: backups are written to pb_data/backups.
	if !off("SMEDX_BACKUP_S3_BUCKET", &s.Backups.S3.Enabled) && env("SMEDX_BACKUP_S3_BUCKET") != "" {
		if !s.Backups.S3.Enabled {
			s.Backups.S3.Enabled = true
			changed = true
		}
		str("SMEDX_BACKUP_S3_BUCKET", &s.Backups.S3.Bucket)
		str("SMEDX_BACKUP_S3_REGION", &s.Backups.S3.Region)
		str("SMEDX_BACKUP_S3_ENDPOINT", &s.Backups.S3.Endpoint)
		str("SMEDX_BACKUP_S3_ACCESS_KEY", &s.Backups.S3.AccessKey)
		str("SMEDX_BACKUP_S3_SECRET", &s.Backups.S3.Secret)
		flag("SMEDX_BACKUP_S3_FORCE_PATH_STYLE", &s.Backups.S3.ForcePathStyle)
	}

	if applyTrustedProxy(&s.TrustedProxy, env) {
		changed = true
	}
	return changed
}

// applyTrustedProxy reads SMEDX_TRUSTED_PROXY_HEADERS (comma-separated
// header names, e.g. "X-Real-IP"; "off" trusts none) and
// SMEDX_TRUSTED_PROXY_LEFTMOST (true: the leftmost valid address of
// X-Forwarded-For, false: the rightmost). Behind a reverse proxy every
// request comes from the proxy's address, so without them the rate limits
// and the SMS caps count the whole province as one client; with them set
// while clients can reach smedx directly, a client could pick its own
// address, which is why nothing is trusted unless configured.
func applyTrustedProxy(tp *core.TrustedProxyConfig, env func(string) string) bool {
	changed := false
	if raw := strings.TrimSpace(env("SMEDX_TRUSTED_PROXY_HEADERS")); raw != "" {
		var headers []string
		if !IsEnvOff(raw) {
			for _, h := range strings.Split(raw, ",") {
				if h = strings.TrimSpace(h); h != "" {
					headers = append(headers, h)
				}
			}
		}
		if strings.Join(headers, ",") != strings.Join(tp.Headers, ",") {
			tp.Headers = headers
			changed = true
		}
	}
	if v, err := strconv.ParseBool(strings.TrimSpace(env("SMEDX_TRUSTED_PROXY_LEFTMOST"))); err == nil && v != tp.UseLeftmostIP {
		tp.UseLeftmostIP = v
		changed = true
	}
	return changed
}
