package knowledge

import "sort"

// colorShades maps the words shops name colour variants with ("Forest",
// "Navy", "Charcoal") to the basic colours a shopper asks for, in the
// canonical English the entity extractor gives (assistant/entities: red,
// blue, navy, green, black, white, yellow, pink, purple, orange, grey,
// brown, beige). A word that is itself a basic colour needs no entry; a
// shade may count as two ("Teal" is asked for as blue and as green).
// Keys are single lower-case words: multi-word values ("Glacier Blue",
// "Matte Black") are matched word by word.
var colorShades = map[string][]string{
	// blues
	"navy": {"blue"}, "sky": {"blue"}, "ocean": {"blue"}, "glacier": {"blue"}, "indigo": {"blue", "navy"},
	"cobalt": {"blue"}, "denim": {"blue"}, "azure": {"blue"}, "cyan": {"blue"}, "turquoise": {"blue", "green"},
	"teal": {"blue", "green"}, "aqua": {"blue"}, "marine": {"blue", "navy"}, "midnight": {"navy", "blue"},
	"royal": {"blue"}, "petrol": {"blue", "green"},
	// greens
	"forest": {"green"}, "olive": {"green"}, "sage": {"green"}, "moss": {"green"}, "lime": {"green"}, "mint": {"green"},
	"emerald": {"green"}, "khaki": {"green", "beige"}, "pine": {"green"}, "jade": {"green"}, "fern": {"green"},
	"army": {"green"}, "bottle": {"green"},
	// greys
	"gray": {"grey"}, "charcoal": {"grey"}, "graphite": {"grey"}, "slate": {"grey"}, "stone": {"grey", "beige"},
	"heather": {"grey"}, "ash": {"grey"}, "silver": {"grey"}, "anthracite": {"grey"}, "smoke": {"grey"}, "pewter": {"grey"},
	// beiges and whites
	"sand": {"beige"}, "oatmeal": {"beige"}, "natural": {"beige", "white"}, "cream": {"beige", "white"}, "ivory": {"white", "beige"},
	"tan": {"beige", "brown"}, "camel": {"beige", "brown"}, "taupe": {"beige", "brown"}, "ecru": {"beige", "white"},
	"off-white": {"white"}, "snow": {"white"},
	// reds, oranges, pinks, purples, browns
	"rust": {"orange", "red", "brown"}, "terracotta": {"orange", "red"}, "coral": {"orange", "pink"}, "burgundy": {"red", "purple"},
	"maroon": {"red"}, "wine": {"red"}, "crimson": {"red"}, "cherry": {"red"}, "brick": {"red"}, "scarlet": {"red"},
	"salmon": {"pink", "orange"}, "peach": {"orange", "pink"}, "apricot": {"orange"}, "amber": {"orange", "yellow"},
	"mustard": {"yellow"}, "lemon": {"yellow"}, "gold": {"yellow"}, "ochre": {"yellow", "brown"},
	"sakura": {"pink"}, "blush": {"pink"}, "rose": {"pink"}, "fuchsia": {"pink", "purple"}, "magenta": {"pink", "purple"},
	"plum": {"purple"}, "lavender": {"purple"}, "lilac": {"purple"}, "violet": {"purple"}, "aubergine": {"purple"},
	"dusk": {"purple"}, "mauve": {"purple", "pink"},
	"chocolate": {"brown"}, "coffee": {"brown"}, "mocha": {"brown"}, "espresso": {"brown"}, "tortoise": {"brown"},
	"chestnut": {"brown"}, "walnut": {"brown"}, "cognac": {"brown"},
	"jet": {"black"}, "onyx": {"black"}, "ebony": {"black"},
}

// shadesOf maps a basic colour to the shade words that count as it, the
// inverse of colorShades: the search's prefilter must let a "Forest"
// variant through for color=green, or the exact check (optionValueMatches)
// never sees it. Read-only after package initialisation.
var shadesOf = func() map[string][]string {
	out := map[string][]string{}
	for shade, basics := range colorShades {
		for _, b := range basics {
			out[b] = append(out[b], shade)
		}
	}
	for _, shades := range out {
		sort.Strings(shades)
	}
	return out
}()
