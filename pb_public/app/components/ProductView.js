// A product as the public sees it — the one renderer of a product page:
// the public detail page (/solutions/:id), the 发布预览 (/preview/products/:id)
// and the reviewers' screens all use it, so what a provider previews and a
// reviewer judges is exactly what will be published.
//
// The page follows the provider's 介绍页: the banner, then 商品详情 / 用户案例
// / 服务支持 in the module order he chose, case images, line breaks kept,
// then 商品规格 and 用户评价.
//
// `overlay` (the preview of a listed product's pending change) is a
// product_revisions data object laid over the live product: fields, intro,
// specs and case figures (files cannot change through a revision).
import { ref, computed, onMounted, watch } from 'vue'
import { pb, fileUrl, useDicts, errorMessage } from '../api.js'
import { yuan, priceRange, PRODUCT_STATUS } from '../util.js'

const MODULES = ['details', 'cases', 'support']
const MODULE_TITLES = { details: '商品详情', cases: '用户案例', support: '服务支持' }

export default {
  name: 'ProductView',
  props: {
    productId: { type: String, required: true },
    showStatus: { type: Boolean, default: false },
    overlay: { type: Object, default: null },
  },
  emits: ['loaded'],
  setup(props, { emit }) {
    const live = ref(null)
    const liveSpecs = ref([])
    const liveCases = ref([])
    const reviews = ref([])
    const dl = useDicts(['tag', 'solution_category', 'industry', 'product_type', 'delivery_cycle', 'purchase_mode'])
    const loading = ref(true)
    const error = ref('')

    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const id = props.productId
        // The public page reads the public views; reviewers (showStatus)
        // read the product under review from the base collections.
        const col = (name) => (props.showStatus ? name : 'public_' + name)
        const [p, s, c] = await Promise.all([
          pb.collection(col('products')).getOne(id),
          pb.collection(col('product_specs')).getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'sort,created' }),
          pb.collection(col('product_cases')).getFullList({ filter: pb.filter('product = {:id}', { id }), sort: 'idx' }),
        ])
        live.value = p
        liveSpecs.value = s
        liveCases.value = c
        emit('loaded', p, s)
        // Reviews are read through their public view on every screen: the
        // stars, text, name and date (no reviewer account or enterprise).
        pb.collection('public_reviews').getList(1, 5, { filter: pb.filter('product = {:id}', { id }), sort: '-created', skipTotal: true })
          .then((r) => (reviews.value = r.items)).catch(() => {})
      } catch (e) {
        error.value = e?.status === 404 ? '商品不存在或尚未上架' : errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    watch(() => props.productId, load)

    // The page's data: the live records, with the overlay laid over them.
    const product = computed(() => {
      if (!live.value) return null
      if (!props.overlay) return live.value
      const { specs, cases, ...fields } = props.overlay
      return { ...live.value, ...fields }
    })
    const specs = computed(() => (props.overlay?.specs ? props.overlay.specs.map((s, i) => ({ id: 'rev' + i, ...s })) : liveSpecs.value))
    const cases = computed(() => {
      if (!props.overlay?.cases) return liveCases.value
      return props.overlay.cases.map((x) => ({ ...liveCases.value.find((y) => y.idx === x.idx), ...x }))
    })
    const intro = computed(() => product.value?.intro || {})
    const order = computed(() => {
      const o = (intro.value.details?.module_order || []).filter((m) => MODULES.includes(m))
      return [...new Set([...o, ...MODULES])]
    })
    const banner = computed(() => (product.value?.banner_image ? fileUrl(product.value, product.value.banner_image) : ''))
    const cover = computed(() => (product.value?.cover ? fileUrl(product.value, product.value.cover, '600x400') : ''))
    const highlights = computed(() => (intro.value.details?.highlights || []).map((h) => String(h || '').trim()).filter(Boolean))
    const media = computed(() => (product.value?.media || []).map((m) => ({ name: m, video: /\.mp4$/i.test(m), url: fileUrl(product.value, m), thumb: fileUrl(product.value, m, '300x200') })))
    // User case i: the intro page's text and image with the figures of case
    // idx i+1. The image is the one the provider picked for the case, or
    // the i-th case image of older records that name none.
    const caseCards = computed(() => {
      const p = product.value
      if (!p) return []
      const images = p.case_images || []
      const out = []
      for (let i = 0; i < 3; i++) {
        const text = (intro.value.cases || [])[i] || {}
        const rec = cases.value.find((c) => c.idx === i + 1)
        if (!rec && !text.text) continue
        let image = ''
        if (text.image && images.includes(text.image)) image = fileUrl(p, text.image, '600x400')
        else if (!text.image && images[i]) image = fileUrl(p, images[i], '600x400')
        out.push({ idx: i + 1, title: text.title || `用户案例${i + 1}`, text: text.text || '', image, rec })
      }
      return out
    })
    const support = computed(() => intro.value.support || {})
    const price = computed(() => {
      const p = product.value
      if (!p) return ''
      if (!props.overlay && (p.price_min_fen || p.price_max_fen || !specs.value.length)) return priceRange(p)
      if (!specs.value.length) return priceRange(p)
      const fens = specs.value.map((s) => (s.pricing === 'free' ? 0 : s.price_fen || 0))
      return priceRange({ price_min_fen: Math.min(...fens), price_max_fen: Math.max(...fens) }).replace('详见规格', '免费')
    })
    const specPrice = (s) => (s.pricing === 'free' ? '免费' : '¥' + yuan(s.price_fen))
    const jump = (id) => document.getElementById('pv-' + id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
    return {
      product, specs, cases, reviews, loading, error, intro, order, dl, banner, cover, highlights, media, caseCards, support, price,
      specPrice, jump, fileUrl, yuan, PRODUCT_STATUS, MODULE_TITLES,
    }
  },
  template: `
  <div v-loading="loading" style="min-height:240px" class="product-view">
    <el-result v-if="error" icon="warning" :title="error" />
    <template v-else-if="product">
      <div class="product-banner" :style="banner ? {backgroundImage: 'linear-gradient(120deg, rgba(8,59,124,.9), rgba(29,116,216,.75)), url(' + banner + ')'} : null" data-test="product-banner">
        <img v-if="cover" :src="cover" :alt="product.name">
        <div style="min-width:0;flex:1">
          <div style="display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin-bottom:6px">
            <el-tag effect="dark" type="warning">{{ dl('product_type', product.type) }}</el-tag>
            <el-tag v-if="showStatus" :type="(PRODUCT_STATUS[product.status]||{}).type">{{ (PRODUCT_STATUS[product.status]||{}).text || product.status }}</el-tag>
          </div>
          <h1>{{ (intro.banner && intro.banner.title) || product.name }}</h1>
          <div class="desc keep-lines" data-test="pv-banner-text">{{ intro.banner && intro.banner.text }}</div>
          <div style="margin-top:12px;display:flex;gap:18px;flex-wrap:wrap;align-items:baseline">
            <span style="font-size:22px;font-weight:700;color:#ffd86b">{{ price }}</span>
            <span>服务商：{{ product.provider_name }}</span>
            <span v-if="product.delivery_cycle">交付平均周期：<span data-test="pv-cycle">{{ dl('delivery_cycle', product.delivery_cycle) }}</span></span>
            <span v-if="product.rating_count">评分 {{ Number(product.rating_avg).toFixed(1) }}（{{ product.rating_count }}条）</span>
            <span>销量 {{ product.sales_count || 0 }}</span>
          </div>
          <slot name="actions" :product="product" :specs="specs" />
        </div>
      </div>

      <div class="grid product-layout">
        <div style="min-width:0">
          <nav class="pv-nav" data-test="pv-nav">
            <a v-for="m in order" :key="m" href="#" @click.prevent="jump(m)">{{ m === 'details' ? (intro.details && intro.details.title) || MODULE_TITLES[m] : m === 'support' ? support.title || MODULE_TITLES[m] : MODULE_TITLES[m] }}</a>
            <a href="#" @click.prevent="jump('reviews')">用户评价 ({{ product.rating_count || 0 }})</a>
          </nav>
          <template v-for="m in order" :key="m">
            <section v-if="m === 'details'" class="panel pv-section" id="pv-details" data-module="details">
              <h3 class="pv-title">{{ (intro.details && intro.details.title) || '商品详情' }}</h3>
              <div class="highlights" v-if="highlights.length">
                <el-tag v-for="h in highlights" :key="h" type="success" effect="plain"><el-icon><icon-check /></el-icon> {{ h }}</el-tag>
              </div>
              <div class="keep-lines" style="line-height:2" data-test="pv-description">{{ intro.details && intro.details.description }}</div>
              <el-descriptions :column="2" border size="small" class="desc-table" style="margin-top:10px">
                <el-descriptions-item label="关联产品">{{ product.related_product || '—' }}</el-descriptions-item>
                <el-descriptions-item label="所属目录">{{ product.catalog || '—' }}</el-descriptions-item>
                <el-descriptions-item label="方案分类">{{ dl('solution_category', product.categories || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="适用行业">{{ dl('industry', product.industries || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="标签">{{ dl('tag', product.tags || []) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="交付平均周期">{{ dl('delivery_cycle', product.delivery_cycle) || '—' }}</el-descriptions-item>
                <el-descriptions-item label="交付人工（人天）">{{ product.delivery_man_days || '—' }}</el-descriptions-item>
                <el-descriptions-item label="历史成交价">{{ product.hist_price_min_fen ? '¥' + yuan(product.hist_price_min_fen) + ' - ¥' + yuan(product.hist_price_max_fen) : '—' }}</el-descriptions-item>
              </el-descriptions>
              <div v-if="media.length" style="display:flex;gap:8px;flex-wrap:wrap;margin-top:12px">
                <template v-for="m in media" :key="m.name">
                  <video v-if="m.video" :src="m.url" controls preload="metadata" style="width:240px;height:150px;background:#000"></video>
                  <el-image v-else :src="m.thumb" :preview-src-list="[m.url]" style="width:180px;height:120px" fit="cover" preview-teleported />
                </template>
              </div>
            </section>
            <section v-else-if="m === 'cases'" class="panel pv-section" id="pv-cases" data-module="cases">
              <h3 class="pv-title">用户案例</h3>
              <div v-if="caseCards.length" class="grid grid-3" style="gap:12px">
                <div v-for="c in caseCards" :key="c.idx" class="pv-case" data-test="pv-case">
                  <img v-if="c.image" :src="c.image" :alt="c.title" data-test="pv-case-image">
                  <div style="padding:10px 12px">
                    <h4 style="margin:0 0 6px">{{ c.title }}<span v-if="c.rec && c.rec.customer">：{{ c.rec.customer }}</span></h4>
                    <div class="keep-lines" style="margin:0 0 8px;line-height:1.8">{{ c.text }}</div>
                    <div v-if="c.rec" class="muted small">年产值 {{ c.rec.annual_output_wan }} 万元 · 方案销售额度 {{ c.rec.sales_wan }} 万元 · 交付 {{ c.rec.delivery_months }} 个月</div>
                  </div>
                </div>
              </div>
              <el-empty v-else description="暂无用户案例" :image-size="70" />
            </section>
            <section v-else class="panel pv-section" id="pv-support" data-module="support">
              <h3 class="pv-title">{{ support.title || '服务支持' }}</h3>
              <el-descriptions :column="1" border size="small">
                <el-descriptions-item label="售后服务时间">{{ support.hours || '—' }}</el-descriptions-item>
                <el-descriptions-item label="售后服务内容"><span class="keep-lines">{{ support.content || '—' }}</span></el-descriptions-item>
                <el-descriptions-item label="服务热线">{{ support.hotline || '—' }}</el-descriptions-item>
                <el-descriptions-item label="服务邮箱">{{ support.email || '—' }}</el-descriptions-item>
              </el-descriptions>
              <p class="muted small">商品联系人：{{ product.contact_name }} {{ product.contact_phone }} {{ product.contact_email }}</p>
            </section>
          </template>
          <section class="panel pv-section" id="pv-reviews">
            <h3 class="pv-title">用户评价 ({{ product.rating_count || 0 }})</h3>
            <div v-if="reviews.length">
              <div v-for="r in reviews" :key="r.id" style="border-bottom:1px dashed #e3e8ef;padding:8px 0">
                <el-rate :model-value="r.rating" disabled size="small" /> <span class="muted small">{{ r.customer_name }}</span>
                <div class="keep-lines">{{ r.content }}</div>
              </div>
            </div>
            <el-empty v-else description="暂无评价" :image-size="70" />
          </section>
        </div>
        <div class="panel" style="margin:0;align-self:start" data-test="product-specs">
          <div class="panel-title"><h3>规格与价格</h3></div>
          <div v-for="s in specs" :key="s.id" class="spec-row">
            <div><div>{{ s.name }}</div><div class="muted small">{{ dl('purchase_mode', s.purchase_mode) }}</div></div>
            <div class="price" style="color:#e4393c;font-weight:600;white-space:nowrap">{{ specPrice(s) }}</div>
          </div>
          <el-empty v-if="!specs.length" description="暂无规格" :image-size="60" />
          <slot name="side" :product="product" :specs="specs" />
        </div>
      </div>
    </template>
  </div>`,
}
