package platform

import (
	"time"

	"github.com/pocketbase/pocketbase/tools/types"
)

// Beijing is the platform's time zone for the messages users read
// (a fixed offset, so the binary needs no tzdata).
var Beijing = time.FixedZone("CST", 8*3600)

// ChinaTime is the zone order numbers are written in.
var ChinaTime = time.FixedZone("CST", 8*3600)

func NowDate() types.DateTime { return types.NowDateTime() }
