package replica

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
	"github.com/benbjohnson/litestream/s3"
)

// Databases are the SQLite files of pb_data that are replicated, in the
// order they are restored. data.db holds every record; auxiliary.db holds
// PocketBase's request and app logs only, so a restore goes on without it
// (PocketBase then starts with empty logs).
var Databases = []string{"data.db", "auxiliary.db"}

// Target is a parsed replica URL: a `file://` folder or an S3-compatible
// bucket. Each database streams into its own sub-folder (`<url>/data.db/`,
// `<url>/auxiliary.db/`), so one URL serves a whole pb_data.
type Target struct {
	raw    *url.URL
	folder string // file: absolute folder
}

// ParseURL checks a replica URL:
//
//	file:///var/backups/smedx            a folder (local disk, NFS mount, …)
//	s3://bucket/path?endpoint=https://oss-cn-hangzhou.aliyuncs.com&region=cn-hangzhou
//
// S3 credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or
// LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY), never from the
// URL, so the URL can be printed and kept in a unit file.
func ParseURL(raw string) (*Target, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, errors.New("复制目标为空（--replica 或 SMEDX_REPLICA_URL）")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("复制目标 %q 不是合法的 URL: %w", raw, err)
	}
	if u.User != nil {
		return nil, errors.New("复制目标 URL 不能包含用户名或密码：S3 凭据请用 AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY 环境变量")
	}
	switch u.Scheme {
	case "file":
		// file:///abs/dir, or file://rel/dir for a folder relative to the
		// working directory.
		p := u.Host + u.Path
		if p == "" {
			return nil, fmt.Errorf("复制目标 %q 缺少文件夹路径", raw)
		}
		abs, err := filepath.Abs(filepath.FromSlash(p))
		if err != nil {
			return nil, err
		}
		return &Target{raw: u, folder: abs}, nil
	case "s3":
		if u.Host == "" {
			return nil, fmt.Errorf("复制目标 %q 缺少存储桶名（s3://bucket/path）", raw)
		}
		return &Target{raw: u}, nil
	default:
		return nil, fmt.Errorf("不支持的复制目标 %q：可用 file:///文件夹 或 s3://存储桶/路径（S3 兼容存储）", raw)
	}
}

// String is the URL as given (it never carries credentials).
func (t *Target) String() string { return t.raw.String() }

// client returns a new replica client for database name (e.g. "data.db").
func (t *Target) client(name string) (litestream.ReplicaClient, error) {
	if t.folder != "" {
		return file.NewReplicaClient(filepath.Join(t.folder, name)), nil
	}
	u := *t.raw
	u.Path = "/" + path.Join(strings.TrimPrefix(u.Path, "/"), name)
	return s3.NewReplicaClientFromURL(u.Scheme, u.Host, strings.TrimPrefix(u.Path, "/"), u.Query(), nil)
}
