package cli

import (
	"path/filepath"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// resolver finds what governs a draft the way a lint run does, the configuration through
// configs and the linter through plan, for the commands that stay running and see many drafts
// (lsp, serve). It keeps one job per effective configuration, so that a draft linted on every
// keystroke does not build its linter again each time.
type resolver struct {
	cfg     settings
	ruleSet func(rules.Settings) []lint.Rule
	confs   *configs
	jobs    map[string]job // by config.Resolved.Key
}

// newResolver reads the configuration --config names, if any, for drafts found from the working
// directory wd. The registry is built with default settings only to know its rule IDs.
func newResolver(cfg settings, wd string, ruleSet func(rules.Settings) []lint.Rule) (*resolver, error) {
	confs, err := newConfigs(cfg, wd, ruleSet(rules.Settings{}))
	if err != nil {
		return nil, err
	}
	return &resolver{cfg: cfg, ruleSet: ruleSet, confs: confs, jobs: map[string]job{}}, nil
}

// forDir returns the configuration that governs the drafts in dir (absolute).
func (r *resolver) forDir(dir string) (*config.Config, error) {
	return r.confs.forDir(dir)
}

// job returns how to lint the draft at path. A draft that is no file (path "") is taken to be in
// the working directory, where the command was started.
func (r *resolver) job(path string) (job, error) {
	if path == "" {
		path = "untitled"
	}
	path = r.confs.abs(path)
	conf, err := r.forDir(filepath.Dir(path))
	if err != nil {
		return job{}, err
	}
	key := conf.Resolve(path).Key
	if j, ok := r.jobs[key]; ok {
		return j, nil
	}
	jobs, _, err := plan(inputs{files: []input{{path: path}}}, r.cfg, r.confs, r.ruleSet)
	if err != nil {
		return job{}, err
	}
	r.jobs[key] = jobs[0]
	return jobs[0], nil
}
