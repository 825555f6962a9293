// 商品详情 (public). Buying comes with part 2: the button says so.
import { ref } from 'vue'
import { session } from '../store.js'
import { route, push } from '../router.js'
import ProductView from '../components/ProductView.js'

export default {
  name: 'ProductDetailPage',
  components: { ProductView },
  setup() {
    const name = ref('')
    const login = () => push('/login?redirect=' + encodeURIComponent(route.fullPath))
    return { route, session, name, login }
  },
  template: `
  <div>
    <el-breadcrumb separator="/" style="margin-bottom:12px">
      <el-breadcrumb-item><a href="/">首页</a></el-breadcrumb-item>
      <el-breadcrumb-item><a href="/solutions">解决方案</a></el-breadcrumb-item>
      <el-breadcrumb-item>{{ name || '商品详情' }}</el-breadcrumb-item>
    </el-breadcrumb>
    <product-view :product-id="route.params.id" @loaded="p => name = p.name">
      <template #side>
        <div style="margin-top:16px">
          <el-button v-if="!session.loggedIn" type="primary" style="width:100%" @click="login">登录后购买</el-button>
          <el-tooltip v-else content="在线购买与服务券抵扣即将开放" placement="top">
            <span style="display:block"><el-button type="primary" disabled style="width:100%">立即购买（即将开放）</el-button></span>
          </el-tooltip>
        </div>
      </template>
    </product-view>
  </div>`,
}
