// A tiny history-mode router: the server answers every unknown path with
// index.html, so /solutions/abc can be reloaded and bookmarked. Routes are
// matched in order; `:name` segments become params. Pages load lazily.
import { reactive, shallowRef, defineAsyncComponent, h } from 'vue'
import { pb } from './api.js'

const page = (file) => () => import(`./pages/${file}.js`)

// meta.layout: portal | workbench | plain. meta.auth: login required.
// meta.roles: roles allowed (others see 无权访问), only where no menu decides
// (portal pages) or a page is narrower than its menu. meta.crumbs: breadcrumbs.
// meta.menu: the server menu key(s) the page belongs to — the workbench
// highlights that entry, builds the breadcrumb from its title and refuses
// the page to a user who has none of them.
export const routes = [
  { path: '/', load: page('Home'), title: '首页', layout: 'portal' },
  { path: '/notices', load: page('Notices'), title: '通知公告', layout: 'portal' },
  { path: '/notices/:id', load: page('NoticeDetail'), title: '公告详情', layout: 'portal' },
  { path: '/experts', load: page('Experts'), title: '专家团队', layout: 'portal' },
  { path: '/solutions', load: page('Solutions'), title: '解决方案', layout: 'portal' },
  { path: '/solutions/:id', load: page('ProductDetail'), title: '商品详情', layout: 'portal' },
  { path: '/preview/products/:id', load: page('ProductPreview'), title: '发布预览', layout: 'portal', auth: true },
  { path: '/survey', load: page('Survey'), title: '企业需求收集', layout: 'portal' },
  { path: '/register', load: page('Register'), title: '欢迎注册', layout: 'portal' },
  { path: '/login', load: page('Login'), title: '登录', layout: 'portal' },
  { path: '/forgot-password', load: page('ForgotPassword'), title: '忘记密码', layout: 'portal' },
  { path: '/workbench', load: page('Dashboard'), title: '工作台', layout: 'workbench', auth: true, menu: 'workbench' },
  { path: '/workbench/enterprise', load: page('MyEnterprise'), title: '我的企业', layout: 'workbench', auth: true, menu: 'enterprise' },
  { path: '/workbench/todo', load: page('Todo'), title: '我的待办', layout: 'workbench', auth: true, menu: 'todo' },
  { path: '/workbench/review', load: page('ReviewQueue'), title: '审核', layout: 'workbench', auth: true, menu: ['review_cert', 'review_product', 'review_expert'] },
  { path: '/workbench/applications/:id', load: page('ApplicationDetail'), title: '申请详情', layout: 'workbench', auth: true, menu: ['todo', 'review_cert', 'review_product', 'review_expert', 'enterprise', 'my_products'] },
  { path: '/workbench/products', load: page('MyProducts'), title: '我的商品', layout: 'workbench', auth: true, menu: 'my_products' },
  { path: '/workbench/products/new', load: page('ProductEdit'), title: '商品上架', layout: 'workbench', auth: true, menu: 'product_publish' },
  { path: '/workbench/products/:id/edit', load: page('ProductEdit'), title: '编辑商品', layout: 'workbench', auth: true, menu: ['my_products', 'product_publish'], roles: ['provider'] },
  { path: '/workbench/reviews', load: page('CustomerReviews'), title: '客户评价', layout: 'workbench', auth: true, menu: 'reviews' },
  { path: '/workbench/orders', load: page('Orders'), title: '订单管理', layout: 'workbench', auth: true, menu: 'orders' },
  { path: '/workbench/orders/:id', load: page('OrderDetail'), title: '订单详情', layout: 'workbench', auth: true, menu: ['orders', 'payments'] },
  { path: '/workbench/my-reviews', load: page('MyReviews'), title: '我的评价', layout: 'workbench', auth: true, menu: 'my_reviews' },
  { path: '/workbench/vouchers', load: page('Vouchers'), title: '服务券查询', layout: 'workbench', auth: true, menu: 'voucher_query' },
  { path: '/workbench/vouchers/:id/products', load: page('VoucherProducts'), title: '可使用的商品', layout: 'workbench', auth: true, menu: 'voucher_query' },
  { path: '/workbench/voucher-activities', load: page('VoucherActivities'), title: '服务券活动', layout: 'workbench', auth: true, menu: 'voucher_activities' },
  { path: '/workbench/users', load: page('Users'), title: '用户管理', layout: 'workbench', auth: true, menu: 'users' },
  { path: '/workbench/users/:id/expert', load: page('ExpertEdit'), title: '专家录入', layout: 'workbench', auth: true, menu: 'users', roles: ['provider'] },
  { path: '/workbench/voucher-admin', load: page('VoucherAdmin'), title: '服务券活动管理', layout: 'workbench', auth: true, menu: 'voucher_admin' },
  { path: '/workbench/payments', load: page('Payments'), title: '线下支付确认', layout: 'workbench', auth: true, menu: 'payments' },
  { path: '/workbench/audit', load: page('AuditLog'), title: '操作日志', layout: 'workbench', auth: true, menu: 'audit' },
  { path: '/workbench/exports', load: page('Exports'), title: '数据导出', layout: 'workbench', auth: true, menu: 'exports' },
  { path: '/workbench/announcements', load: page('AnnouncementsAdmin'), title: '公告管理', layout: 'workbench', auth: true, menu: 'announcements' },
  { path: '/workbench/settlements', load: page('Settlements'), title: '兑付管理', layout: 'workbench', auth: true, menu: 'settlements' },
  { path: '/workbench/settlement-review', load: page('SettlementReview'), title: '兑付审核', layout: 'workbench', auth: true, menu: 'settlement_review' },
  { path: '/workbench/password', load: page('Password'), title: '修改密码', layout: 'workbench', auth: true, menu: 'password' },
  { path: '/cart', load: page('Cart'), title: '购物车', layout: 'portal', auth: true, roles: ['enterprise'] },
  { path: '/checkout', load: page('Checkout'), title: '订单确认', layout: 'portal', auth: true, roles: ['enterprise'] },
  // The platform console (hooks/console): 数据看板 and the management pages.
  { path: '/workbench/console/dashboard', load: page('ConsoleDashboard'), title: '数据看板', layout: 'workbench', auth: true, menu: 'console_dashboard' },
  { path: '/workbench/console/enterprises', load: page('ConsoleEnterprises'), title: '企业管理', layout: 'workbench', auth: true, menu: 'console_enterprises' },
  { path: '/workbench/console/staff', load: page('ConsoleStaff'), title: '平台用户', layout: 'workbench', auth: true, menu: 'console_staff' },
  { path: '/workbench/console/products', load: page('ConsoleProducts'), title: '商品管理', layout: 'workbench', auth: true, menu: 'console_products' },
  { path: '/workbench/console/orders', load: page('ConsoleOrders'), title: '订单管理', layout: 'workbench', auth: true, menu: 'console_orders' },
  { path: '/workbench/console/vouchers', load: page('ConsoleVouchers'), title: '服务券', layout: 'workbench', auth: true, menu: 'console_vouchers' },
  // An unknown workbench address stays in the workbench (its menu and
  // breadcrumb), any other one gets the portal's 页面不存在.
  { path: '/workbench/:rest*', load: page('NotFound'), title: '页面不存在', layout: 'workbench', auth: true },
  { path: '/:rest*', load: page('NotFound'), title: '页面不存在', layout: 'portal' },
]

for (const r of routes) {
  const names = []
  const src = r.path
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        const rest = seg.endsWith('*')
        names.push(seg.slice(1).replace('*', ''))
        return rest ? '(.*)' : '([^/]+)'
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  r.re = new RegExp(`^${src}/?$`)
  r.names = names
  r.component = defineAsyncComponent({ loader: r.load, delay: 150, loadingComponent: { render: () => h('div', { class: 'page-loading' }, '加载中…') } })
}

export const route = reactive({ path: '/', fullPath: '/', params: {}, query: {}, meta: routes[0], key: 0 })
export const currentComponent = shallowRef(null)

function parseQuery(search) {
  const q = {}
  for (const [k, v] of new URLSearchParams(search)) q[k] = v
  return q
}

function resolve() {
  const path = decodeURI(location.pathname)
  let meta = routes[routes.length - 1]
  let params = {}
  for (const r of routes) {
    const m = r.re.exec(path)
    if (m) {
      meta = r
      params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1] || '')]))
      break
    }
  }
  if (meta.auth && !pb.authStore.isValid) {
    const back = location.pathname + location.search
    history.replaceState({}, '', `/login?redirect=${encodeURIComponent(back)}`)
    return resolve()
  }
  Object.assign(route, { path, fullPath: location.pathname + location.search, params, query: parseQuery(location.search), meta, key: route.key + 1 })
  currentComponent.value = meta.component
  document.title = `${meta.title} - 中小企业数字化转型公共服务平台`
}

export function push(to) {
  if (to === location.pathname + location.search) return
  history.pushState({}, '', to)
  resolve()
  window.scrollTo(0, 0)
}

export function replace(to) {
  history.replaceState({}, '', to)
  resolve()
}

// setQuery keeps list filters in the address bar (reload and back work).
export function setQuery(q) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...route.query, ...q })) {
    if (v !== undefined && v !== null && v !== '') params.set(k, v)
  }
  const s = params.toString()
  history.replaceState({}, '', location.pathname + (s ? `?${s}` : ''))
  route.query = parseQuery(location.search)
  route.fullPath = location.pathname + location.search
}

export function startRouter() {
  window.addEventListener('popstate', resolve)
  // Same-origin <a href="/..."> clicks stay in the app.
  document.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[href]')
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || a.target === '_blank') return
    const href = a.getAttribute('href')
    if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/') || href.startsWith('/_/')) return
    e.preventDefault()
    push(href)
  })
  resolve()
}

const Forbidden = {
  name: 'ForbiddenPage',
  template: `<div class="panel"><el-result icon="warning" title="无权访问" sub-title="当前帐号的角色不能使用该功能。"><template #extra><a href="/workbench"><el-button type="primary">返回工作台</el-button></a></template></el-result></div>`,
}

// RouterView renders the current page; a new key remounts it on navigation.
export const RouterView = {
  name: 'RouterView',
  setup() {
    return () => {
      const roles = route.meta.roles
      const me = pb.authStore.record
      if (roles && me && !roles.includes(me.role)) return h(Forbidden)
      return currentComponent.value ? h(currentComponent.value, { key: route.fullPath.split('?')[0] }) : null
    }
  },
}
