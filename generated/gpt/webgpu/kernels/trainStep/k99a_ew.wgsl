// kernel k99a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t465: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t880: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t884: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t888: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k99a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l876: f32 = p_optim_m_blocks_0_attn_wv_b[i];
    let v878: f32 = l876 * 0.9f;
    let l466: f32 = t465[i];
    let l750: f32 = t679[0i];
    let v875: f32 = l466 * l750;
    let v879: f32 = v875 * 0.1f;
    let v880: f32 = v878 + v879;
    t880[i] = v880;
    let l877: f32 = p_optim_v_blocks_0_attn_wv_b[i];
    let v881: f32 = l877 * 0.95f;
    let v882: f32 = v875 * v875;
    let v883: f32 = v882 * 0.05f;
    let v884: f32 = v881 + v883;
    t884[i] = v884;
    let v885: f32 = sqrt(v884);
    let l767: f32 = t689[0i];
    let v886: f32 = v885 / l767;
    let v887: f32 = v886 + 1e-8f;
    let v888: f32 = v880 / v887;
    t888[i] = v888;
  }
}
