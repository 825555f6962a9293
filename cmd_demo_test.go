package main

import (
	"os"
	"testing"

	"github.com/spf13/cobra"
)

// `demo` prints the command that serves what it loaded: as the user ran
// it (go run or the binary), with the same --dir and --encryptionEnv.
func TestNextServeCommand(t *testing.T) {
	newCmd := func(args ...string) *cobra.Command {
		root := &cobra.Command{Use: "smedx"}
		root.PersistentFlags().String("dir", "pb_data", "")
		root.PersistentFlags().String("encryptionEnv", "", "")
		cmd := &cobra.Command{Use: "demo", RunE: func(*cobra.Command, []string) error { return nil }}
		root.AddCommand(cmd)
		root.SetArgs(append([]string{"demo"}, args...))
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	saved := os.Args[0]
	defer func() { os.Args[0] = saved }()

	for _, c := range []struct {
		argv0 string
		args  []string
		want  string
	}{
		{"/tmp/go-build123/b001/exe/smedx", nil, "go run . serve --demo"},
		{"./smedx", []string{"--dir", "/srv/demo data"}, "./smedx serve --demo --dir '/srv/demo data'"},
		{"/usr/local/bin/smedx", []string{"--dir=/srv/d", "--encryptionEnv", "KEY"}, "/usr/local/bin/smedx serve --demo --dir /srv/d --encryptionEnv KEY"},
	} {
		os.Args[0] = c.argv0
		if got := nextServeCommand(newCmd(c.args...)); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.argv0, c.args, got, c.want)
		}
	}
}
