// Command catalog benchmarks a full catalog sync (bulk path) of a large
// generated store from the fake Admin API into the database, followed by
// the knowledge index build and a burst of searches over it.
//
//	go run ./bench/catalog -n 100000 [-db postgres://...]
//
// It reports wall times, products/s, peak RSS (VmHWM) and heap per 10,000
// products. Without -db it uses SQLite in a temporary directory.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"shopassist/catalog"
	"shopassist/catalog/catalogtest"
	"shopassist/db"
	"shopassist/internal/pgschema"
	"shopassist/knowledge"
	"shopassist/shopify/shopifytest"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench/catalog:", err)
		os.Exit(1)
	}
}

type tokens map[string]string

func (t tokens) AccessToken(_ context.Context, shop string) (string, error) { return t[shop], nil }

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("catalog", flag.ContinueOnError)
	n := fs.Int("n", 100000, "products in the generated catalog")
	dbURL := fs.String("db", "", "postgres:// URL (default: SQLite in a temp dir)")
	searches := fs.Int("searches", 2000, "searches timed after the index build")
	inMemory := fs.Bool("in-memory", false, "keep the index in memory whatever its size (the pre-#21 behaviour) instead of on disk above knowledge.Options.DiskThreshold")
	keep := fs.Bool("keep", false, "keep the benchmark shop's rows (PostgreSQL: its schema) in the database")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the sync and index build to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	dir := ""
	if *dbURL != "" {
		u, drop, err := pgschema.Throwaway(*dbURL, "bench_catalog")
		if err != nil {
			return err
		}
		if !*keep {
			defer drop()
		}
		*dbURL = u
	}
	if *dbURL == "" {
		d, err := os.MkdirTemp("", "bench-catalog-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	store, err := db.Open(ctx, db.Options{URL: *dbURL, DataDir: dir, MaxOpenConns: 8})
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Migrate(ctx); err != nil {
		return err
	}

	// A bucket that never runs dry: the benchmark measures this app, not
	// Shopify's rate limit (which the sync respects and the tests cover).
	admin := shopifytest.New(shopifytest.Options{APIKey: "bench", APISecret: "bench", BucketSize: 1e12, RestoreRate: 1e12})
	defer admin.Close()
	cat := catalogtest.New(*n)
	srv := catalogtest.Serve(admin, cat, catalogtest.ServeOptions{StreamBulk: true})
	defer srv.Close()

	shop := fmt.Sprintf("bench-%d.myshopify.com", time.Now().UnixNano())
	if _, err := store.EnsureShop(ctx, shop); err != nil {
		return err
	}
	if err := store.UpdateShopProfile(ctx, shop, db.ShopProfile{Currency: "EUR"}); err != nil {
		return err
	}
	if !*keep {
		defer store.DeleteShopData(context.WithoutCancel(ctx), shop)
	}
	client := admin.Client()
	client.BulkPollInterval = 10 * time.Millisecond
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	syncer := catalog.NewSyncer(store, client, tokens{shop: admin.IssueToken(shop)}, catalog.SyncOptions{Logger: quiet})

	baseRSS := rssKB("VmRSS")
	cpu0 := cpuTime()
	start := time.Now()
	syncRun, err := syncer.Sync(ctx, shop)
	if err != nil {
		return err
	}
	syncDur := time.Since(start)
	syncCPU := cpuTime() - cpu0
	syncHWM := rssKB("VmHWM")

	// The corpus load is timed on its own first, page by page as the index
	// build reads it (nothing kept, so it does not raise the peak), to split
	// the index build between the database read and the indexing.
	src := catalog.NewIndexSource(store, nil)
	loadStart, loadCPU0 := time.Now(), cpuTime()
	loaded := 0
	if _, _, err := src.LoadCorpusPages(ctx, shop, func(_ *knowledge.Corpus, page []knowledge.Product) error {
		loaded += len(page)
		return nil
	}); err != nil {
		return err
	}
	loadDur, loadCPU := time.Since(loadStart), cpuTime()-loadCPU0
	debug.FreeOSMemory()
	if loaded != syncRun.Products {
		return fmt.Errorf("corpus has %d products, sync stored %d", loaded, syncRun.Products)
	}

	opts := knowledge.Options{Logger: quiet, CheckInterval: time.Minute}
	where := "on disk above the default threshold"
	if *inMemory {
		opts.DiskThreshold = -1
		where = "in memory"
	}
	m := knowledge.NewManager(src, opts)
	defer m.Close()
	indexStart, indexCPU0 := time.Now(), cpuTime()
	if _, err := m.Search(ctx, shop, "linen shirt", "en", knowledge.Filters{}, 10); err != nil {
		return fmt.Errorf("first search (index build): %w", err)
	}
	indexDur, indexCPU := time.Since(indexStart), cpuTime()-indexCPU0
	total := syncDur + indexDur
	totalCPU := syncCPU + indexCPU
	peak := rssKB("VmHWM")

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)

	lat, err := timeSearches(ctx, m, shop, *searches)
	if err != nil {
		return err
	}

	per10k := float64(*n) / 10000
	engine := "sqlite"
	if *dbURL != "" {
		engine = "postgres"
	}
	fmt.Fprintf(out, "catalog sync + index benchmark: %d products (%s, mode %s), GOMAXPROCS=%d\n",
		*n, engine, syncRun.Mode, runtime.GOMAXPROCS(0))
	fmt.Fprintf(out, "  sync:         %8.1f s wall, %5.1f s CPU (%.0f products/s; %d products, %d variants, %d translations, %d documents)\n",
		syncDur.Seconds(), syncCPU.Seconds(), float64(syncRun.Products)/syncDur.Seconds(), syncRun.Products, syncRun.Variants,
		syncRun.Translations, syncRun.Documents)
	fmt.Fprintf(out, "  index build:  %8.1f s wall, %5.1f s CPU (of which loading the corpus from the database: %.1f s wall, %.1f s CPU)\n",
		indexDur.Seconds(), indexCPU.Seconds(), loadDur.Seconds(), loadCPU.Seconds())
	fmt.Fprintf(out, "  sync + index: %8.1f s wall, %5.1f s CPU incl. the fake API (target < 60 s); load average %s\n",
		total.Seconds(), totalCPU.Seconds(), loadAvg())
	fmt.Fprintf(out, "  peak RSS:     %8.0f MB (VmHWM; %.0f MB after sync, %.0f MB at start)\n",
		float64(peak)/1024, float64(syncHWM)/1024, float64(baseRSS)/1024)
	cached, _ := m.CachedBytes()
	fmt.Fprintf(out, "  memory/10k:   %8.1f MB peak RSS above start, %.1f MB live heap after GC (index %s; budget estimate %.0f MB)\n",
		float64(peak-baseRSS)/1024/per10k, float64(ms.HeapInuse)/(1<<20)/per10k, where, float64(cached)/(1<<20))
	fmt.Fprintf(out, "  search:       p50 %.2f ms, p99 %.2f ms over %d queries\n",
		ms2(lat[len(lat)/2]), ms2(lat[len(lat)*99/100]), len(lat))
	return nil
}

// timeSearches runs n searches drawn from the catalog's vocabulary in
// several languages and returns sorted latencies.
func timeSearches(ctx context.Context, m *knowledge.Manager, shop string, n int) ([]time.Duration, error) {
	queries := []struct{ q, lang string }{
		{"red linen shirt", "en"}, {"wool jacket", "en"}, {"blue scarf under 50", "en"}, {"leather backpack", "en"},
		{"camisa de lino roja", "es"}, {"chaqueta de lana", "es"}, {"écharpe en soie", "fr"}, {"Leder Rucksack", "de"},
		{"sneakers", "en"}, {"silk dress", "en"}, {"sombrero", "es"}, {"cotton hat", "en"},
	}
	lat := make([]time.Duration, 0, n)
	for i := range n {
		q := queries[i%len(queries)]
		t := time.Now()
		if _, err := m.Search(ctx, shop, q.q, q.lang, knowledge.Filters{}, 10); err != nil {
			return nil, err
		}
		lat = append(lat, time.Since(t))
	}
	if len(lat) == 0 {
		return nil, errors.New("no searches timed")
	}
	slices.Sort(lat)
	return lat, nil
}

func ms2(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// rssKB reads a memory figure (VmHWM, VmRSS) from /proc/self/status in kB;
// 0 where /proc is unavailable.
func rssKB(field string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			v, _ := strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
			return v
		}
	}
	return 0
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAvg reports the 1-minute load average: wall times on a shared
// machine depend on it.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "n/a"
	}
	return strings.Fields(string(b))[0]
}
