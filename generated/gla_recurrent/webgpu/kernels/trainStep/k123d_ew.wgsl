// kernel k123d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t863: array<f32>;
@group(0) @binding(2) var<storage, read_write> t864: array<f32>;
@group(0) @binding(3) var<storage, read> t425: array<f32>;
@group(0) @binding(4) var<storage, read> t666: array<f32>;
@group(0) @binding(5) var<storage, read_write> t882: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t887: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_layers_0_attn_wa2_b[i];
    let x863: f32 = t863[i];
    let v864: f32 = l7 - x863;
    t864[i] = v864;
    let l426: f32 = t425[i];
    let l711: f32 = t666[0i];
    let v882: f32 = l426 * l711;
    t882[i] = v882;
    let l883: f32 = p_optim_m_layers_0_attn_wr_b[i];
    let v885: f32 = l883 * 0.9f;
    let v886: f32 = v882 * 0.1f;
    let v887: f32 = v885 + v886;
    t887[i] = v887;
  }
}
