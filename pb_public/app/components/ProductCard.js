// One product tile of the solutions catalog and the home page.
import { fileUrl } from '../api.js'
import { priceRange } from '../util.js'

export default {
  name: 'ProductCard',
  props: { product: { type: Object, required: true }, tagLabel: { type: Function, default: (v) => v } },
  setup(props) {
    const cover = () => fileUrl(props.product, props.product.cover, '400x300')
    return { cover, priceRange }
  },
  template: `
  <a class="product-card" :href="'/solutions/' + product.id" data-test="product-card">
    <div class="cover" :style="cover() ? {backgroundImage: 'url(' + cover() + ')'} : null">
      <span v-if="!cover()">{{ product.name }}</span>
    </div>
    <div class="body">
      <div class="name" :title="product.name">{{ product.name }}</div>
      <div class="muted small">{{ product.provider_name }}</div>
      <div style="display:flex;gap:4px;flex-wrap:wrap">
        <el-tag v-for="t in (product.tags || []).slice(0, 3)" :key="t" size="small" effect="plain">{{ tagLabel(t) }}</el-tag>
      </div>
      <div style="display:flex;justify-content:space-between;align-items:center;margin-top:auto">
        <span class="price">{{ priceRange(product) }}</span>
        <span class="muted small">销量 {{ product.sales_count || 0 }}</span>
      </div>
    </div>
  </a>`,
}
