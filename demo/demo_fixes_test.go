package demo_test

import (
	"encoding/json"
	"strings"
	"testing"

	"smedx/demo"
	"smedx/smedxtest"
)

// The demo data as the guides' walk expects it (issue 13): the survey
// notice links to the survey, the diagnosis voucher pays for diagnosis
// services only, every demo case has its picture, the payee is set.
func TestDemoDataAsTheGuidesExpect(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}

	notice, err := a.FindFirstRecordByData("announcements", "title", "推荐试点企业需求调研的通知")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notice.GetString("content"), `href="/survey"`) {
		t.Errorf("survey notice has no link to the survey: %s", notice.GetString("content"))
	}

	batch, err := a.FindFirstRecordByData("voucher_batches", "name", "限时抢券：数字化诊断专享券2000元")
	if err != nil {
		t.Fatal(err)
	}
	if cats := strings.TrimSpace(batch.GetString("scope_categories")); cats != "" && cats != "null" && cats != "[]" {
		t.Errorf("diagnosis voucher scoped to categories %s", cats)
	}
	scope := batch.GetStringSlice("scope_products")
	if len(scope) == 0 {
		t.Fatal("diagnosis voucher has no product scope (it would pay for anything)")
	}
	for _, id := range scope {
		p, err := a.FindRecordById("products", id)
		if err != nil || p.GetString("type") != "diagnosis" {
			t.Errorf("diagnosis voucher scope holds %s (%v)", id, p)
		}
	}
	erp, _ := a.FindFirstRecordByData("products", "name", "云ERP进销存管理")
	for _, id := range scope {
		if erp != nil && id == erp.Id {
			t.Error("the 经营管理类 ERP is in the diagnosis voucher's scope")
		}
	}

	products, _ := a.FindAllRecords("products")
	for _, p := range products {
		images := p.GetStringSlice("case_images")
		var intro struct {
			Cases []struct {
				Image string `json:"image"`
			} `json:"cases"`
		}
		_ = json.Unmarshal([]byte(p.GetString("intro")), &intro)
		if len(images) != 3 || len(intro.Cases) != 3 {
			t.Fatalf("%s: %d case images, %d cases", p.GetString("name"), len(images), len(intro.Cases))
		}
		for i, c := range intro.Cases {
			if c.Image == "" || c.Image != images[i] {
				t.Errorf("%s case %d names image %q, stored %v", p.GetString("name"), i+1, c.Image, images)
			}
		}
	}

	payee, err := a.FindFirstRecordByData("platform_settings", "key", "payee")
	if err != nil || !strings.Contains(payee.GetString("value"), "中国工商银行") {
		t.Fatalf("demo payee: %v %v", payee, err)
	}
}
