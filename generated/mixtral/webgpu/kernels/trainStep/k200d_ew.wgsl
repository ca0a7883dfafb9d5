// kernel k200d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1129: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(3) var<storage, read> t835: array<f32>;
@group(0) @binding(4) var<storage, read> t958: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1230: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_moe_norm_g[i];
    let x1129: f32 = t1129[i];
    let v1130: f32 = l6 - x1129;
    t1130[i] = v1130;
    let l835: f32 = t835[i];
    let l1003: f32 = t958[0i];
    let v1230: f32 = l835 * l1003;
    t1230[i] = v1230;
    let l1231: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1233: f32 = l1231 * 0.9f;
    let v1234: f32 = v1230 * 0.1f;
    let v1235: f32 = v1233 + v1234;
    t1235[i] = v1235;
  }
}
