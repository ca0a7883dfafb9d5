// kernel k151b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t873: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read_write> t876: array<f32>;
@group(0) @binding(4) var<storage, read> t435: array<f32>;
@group(0) @binding(5) var<storage, read> t756: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1123: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l3: f32 = p_layers_0_attn_q_norm_g[i];
    let x873: f32 = t873[i];
    let l874: f32 = t765[0i];
    let v875: f32 = x873 * l874;
    let v876: f32 = l3 - v875;
    t876[i] = v876;
    let l436: f32 = t435[i];
    let l853: f32 = t756[0i];
    let v1123: f32 = l436 * l853;
    t1123[i] = v1123;
  }
}
