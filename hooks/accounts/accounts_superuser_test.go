package accounts_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/cmd"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// Finding 9: superusers follow the same password rules on the CLI
// (`superuser upsert`), in the dashboard (records API) and in Go.
func TestSuperuserPasswordRules(t *testing.T) {
	a := smedxtest.New(t)
	run := func(args ...string) error {
		c := cmd.NewSuperuserCommand(a)
		c.SetArgs(args)
		c.SilenceUsage, c.SilenceErrors = true, true
		return c.Execute()
	}
	if err := run("upsert", "root@example.gov.cn", "12345678"); err == nil {
		t.Fatal("superuser upsert accepted 12345678")
	}
	if err := run("upsert", "root@example.gov.cn", "Adm1n#Smedx2026"); err != nil {
		t.Fatalf("a good password: %v", err)
	}
	su, err := a.FindAuthRecordByEmail(core.CollectionNameSuperusers, "root@example.gov.cn")
	if err != nil {
		t.Fatal(err)
	}
	if err := run("upsert", "root@example.gov.cn", "password"); err == nil {
		t.Fatal("superuser upsert changed the password to a weak one")
	}

	// The dashboard's records API.
	sus := "/api/collections/_superusers/records"
	r := a.Do("POST", sus, su, map[string]any{"email": "second@example.gov.cn", "password": "12345678", "passwordConfirm": "12345678"}).Status(t, 400)
	if r.FieldError("password") == "" {
		t.Fatalf("dashboard create: %s", r.Body)
	}
	r = a.Do("PATCH", sus+"/"+su.Id, su, map[string]any{"password": "abcdefgh", "passwordConfirm": "abcdefgh", "oldPassword": "Adm1n#Smedx2026"}).Status(t, 400)
	if r.FieldError("password") == "" {
		t.Fatalf("dashboard change: %s", r.Body)
	}
	a.Do("POST", sus, su, map[string]any{"email": "second@example.gov.cn", "password": "Second#2026x", "passwordConfirm": "Second#2026x"}).Status(t, 200)
}
