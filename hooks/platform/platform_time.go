package platform

import (
	"time"

	"github.com/pocketbase/pocketbase/tools/types"
)

// China is the platform's time zone (UTC+8, a fixed offset, so the binary
// needs no tzdata): the times users read in messages, order numbers, and
// the day boundaries of daily limits.
var China = time.FixedZone("CST", 8*3600)

// NowDate is the current time as PocketBase stores it.
func NowDate() types.DateTime { return types.NowDateTime() }
