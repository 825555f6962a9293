package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/benbjohnson/litestream"
)

// Restored tells what Restore did with one database.
type Restored struct {
	Name string
	Path string
	// From and To bound the history the replica holds for it.
	From, To time.Time
	// Skipped is why auxiliary.db was not restored (PocketBase then
	// starts with empty logs); empty when it was.
	Skipped string
}

// Restore rebuilds a data dir from the replica at replicaURL: data.db (and
// auxiliary.db when the replica has it) as of timestamp, or as of the
// last replicated transaction when timestamp is zero. dir must not hold a
// data.db yet: restoring never overwrites a live database. Start
// `smedx serve --dir <dir>` afterwards; it runs the app's migrations as
// usual.
func Restore(ctx context.Context, replicaURL, dir string, timestamp time.Time) ([]Restored, error) {
	target, err := ParseURL(replicaURL)
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return nil, errors.New("请用 --dir 指定恢复到的新数据目录")
	}
	for _, name := range Databases {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return nil, fmt.Errorf("%s 已存在：恢复只写入新的空目录，不覆盖现有数据库", p)
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, err
	}

	var out []Restored
	for i, name := range Databases {
		res, err := restoreOne(ctx, target, name, filepath.Join(dir, name), timestamp)
		if err != nil {
			if i == 0 {
				return out, fmt.Errorf("恢复 %s 失败: %w", name, err)
			}
			res.Skipped = err.Error()
		}
		out = append(out, res)
	}
	return out, nil
}

func restoreOne(ctx context.Context, target *Target, name, path string, timestamp time.Time) (Restored, error) {
	res := Restored{Name: name, Path: path}
	client, err := target.client(name)
	if err != nil {
		return res, err
	}
	r := litestream.NewReplicaWithClient(nil, client)
	if res.From, res.To, err = r.TimeBounds(ctx); err != nil {
		return res, fmt.Errorf("读取复制目标 %s 失败: %w", target, err)
	}
	if res.From.IsZero() {
		return res, fmt.Errorf("复制目标 %s 中没有 %s 的副本", target, name)
	}
	if !timestamp.IsZero() && timestamp.Before(res.From) {
		return res, fmt.Errorf("副本中 %s 最早只能恢复到 %s", name, res.From.Local().Format(time.RFC3339))
	}
	opt := litestream.NewRestoreOptions()
	opt.OutputPath = path
	opt.Timestamp = timestamp
	opt.IntegrityCheck = litestream.IntegrityCheckQuick
	if err := r.Restore(ctx, opt); err != nil {
		_ = os.Remove(path)
		return res, err
	}
	return res, nil
}
