package cli

import (
	"fmt"
	"maps"
	"path/filepath"
	"runtime/debug"
	"slices"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// configs finds the configuration that governs each draft: the one --config names, none with
// --no-config, and otherwise the nearest .apologylint.yml above the draft.
type configs struct {
	loader *config.Loader
	fixed  *config.Config // from --config; nil: look for one per folder
	off    bool
	wd     string
	used   map[string]*config.Config // by path, every configuration that governs a draft
}

// newConfigs reads the file --config names, if any. builtin is the registry, whose rule IDs a
// configuration may name.
func newConfigs(cfg settings, wd string, builtin []lint.Rule) (*configs, error) {
	c := &configs{loader: config.NewLoader(builtin, wd), off: cfg.noConfig, wd: wd, used: map[string]*config.Config{}}
	if cfg.configFile != "" {
		f, err := c.loader.Load(cfg.configFile)
		if err != nil {
			return nil, err
		}
		c.fixed = f
	}
	return c, nil
}

// abs makes path absolute against the working directory.
func (c *configs) abs(path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(c.wd, path)
}

// forDir returns the configuration that governs the files in dir (absolute).
func (c *configs) forDir(dir string) (*config.Config, error) {
	var conf *config.Config
	switch {
	case c.off:
		conf = config.Defaults()
	case c.fixed != nil:
		conf = c.fixed
	default:
		var err error
		if conf, err = c.loader.Find(dir); err != nil {
			return nil, err
		}
	}
	c.used[conf.Path] = conf
	return conf, nil
}

// job is how one input is linted: with which linter, and as which kind of file.
type job struct {
	linter *build
	// kind is what the configuration says the file is: a draft, or a template whose
	// placeholders are filled in later.
	kind config.Kind
}

// build is a linter being compiled. A run starts reading and parsing drafts while the phrases
// compile (~20 ms, a tenth of the time one 1 MB draft takes), and a worker waits for the linter
// only when it has a document to check.
type build struct {
	done chan struct{}
	l    *lint.Linter
	err  error
}

// get waits for the linter.
func (b *build) get() (*lint.Linter, error) {
	<-b.done
	return b.l, b.err
}

// builds are the linters a run compiles, in the order they were started.
type builds []*build

// wait waits for every linter and returns the first error, in the order they were started.
func (bs builds) wait() error {
	for _, b := range bs {
		if _, err := b.get(); err != nil {
			return fmt.Errorf("build linter: %w", err)
		}
	}
	return nil
}

// plan resolves the configuration of every input and builds one linter per distinct effective
// configuration, shared by the inputs that have it. It also checks --enable and --disable against
// the rules the configurations in use know. It returns the jobs in input order and every rule
// that runs on some input, sorted by ID.
func plan(in inputs, cfg settings, confs *configs, ruleSet func(rules.Settings) []lint.Rule) ([]job, []lint.Rule, error) {
	jobs, ran, bs, err := startPlan(in, cfg, confs, ruleSet)
	if err == nil {
		err = bs.wait()
	}
	if err != nil {
		return nil, nil, err
	}
	return jobs, ran, nil
}

// startPlan is plan, but it returns as soon as the linters have started to compile, on one
// goroutine, in the order the inputs first need them. The caller waits for them with
// builds.wait before it reports anything, so a linter that fails to build still fails the run
// before any output.
func startPlan(in inputs, cfg settings, confs *configs, ruleSet func(rules.Settings) []lint.Rule) ([]job, []lint.Rule, builds, error) {
	resolved := make([]config.Resolved, len(in.files))
	for i, f := range in.files {
		path := confs.abs(f.path)
		conf, err := confs.forDir(filepath.Dir(path))
		if err != nil {
			return nil, nil, nil, err
		}
		resolved[i] = conf.Resolve(path)
	}

	valid := ruleIDs(ruleSet(rules.Settings{}))
	for _, path := range slices.Sorted(maps.Keys(confs.used)) {
		valid = append(valid, confs.used[path].CustomIDs()...)
	}
	slices.Sort(valid)
	valid = slices.Compact(valid)
	if err := cfg.checkRuleIDs(valid); err != nil {
		return nil, nil, nil, err
	}

	type todo struct {
		b  *build
		rs []lint.Rule
	}
	var bs builds
	var todos []todo
	linters := map[string]*build{}
	ran := map[string]lint.Rule{}
	jobs := make([]job, len(resolved))
	for i, res := range resolved {
		if cfg.maxWords > 0 {
			res.Settings.MaxWords = cfg.maxWords
		}
		b, ok := linters[res.Key]
		if !ok {
			rs := cfg.selectRules(res.Rules(ruleSet(res.Settings)), res.Enabled)
			b = &build{done: make(chan struct{})}
			bs = append(bs, b)
			todos = append(todos, todo{b, rs})
			linters[res.Key] = b
			for _, r := range rs {
				if _, ok := ran[r.ID]; !ok {
					ran[r.ID] = r
				}
			}
		}
		jobs[i] = job{linter: b, kind: res.Kind}
	}
	go func() {
		for k, t := range todos {
			// The collector is paused while the first linter compiles, the one a run waits
			// for: it allocates ~9 MB from a heap of ~1 MB, and collecting that heap three or
			// four times over as it grew found little to free and cost a fifth of the compile.
			// Re-enabling it starts one collection, which runs beside what follows. Only the
			// first: a run with many configurations would otherwise hold every one's garbage.
			gc := 0
			if k == 0 {
				gc = debug.SetGCPercent(-1)
			}
			// Every known ID, so that a suppression naming a misspelt rule is reported.
			t.b.l, t.b.err = lint.NewWith(t.rs, lint.Options{Known: valid})
			if k == 0 {
				debug.SetGCPercent(gc)
			}
			close(t.b.done)
		}
	}()
	var all []lint.Rule
	for _, id := range slices.Sorted(maps.Keys(ran)) {
		all = append(all, ran[id])
	}
	return jobs, all, bs, nil
}

// ruleIDs returns the IDs of rs, in order.
func ruleIDs(rs []lint.Rule) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}
