package knowledge

import (
	"context"
	"os"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"
)

func TestZZBuild(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("KN_BUILD_N"))
	bs, _ := strconv.Atoi(os.Getenv("KN_BUILD_BS"))
	if n == 0 {
		t.Skip()
	}
	pm, _ := newProductMapping()
	dm, _ := newDocMapping()
	c := &Corpus{Shop: testShop, Currency: "EUR", Locales: fixtureLocales,
		Products: append(coreProducts(t), generatedProducts(n-42, 100_000, true)...), Documents: fixtureDocuments(t)}
	if os.Getenv("KN_BUILD_PROF") != "" {
		pf, _ := os.Create(os.Getenv("KN_BUILD_PROF"))
		pprof.StartCPUProfile(pf)
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	s, err := buildShopIndex(context.Background(), c, 1, pm, dm, "", bs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("n=%d bs=%d build %v", n, bs, time.Since(start))
	s.close()
}
