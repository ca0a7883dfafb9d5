// kernel k115d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t716: array<f32>;
@group(0) @binding(3) var<storage, read> t723: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t727: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l705: f32 = t623[0i];
  let v724: f32 = l4 * l705;
  let x716: f32 = t716[i];
  let x723: f32 = t723[i];
  let v725: f32 = x716 / x723;
  let l708: f32 = t597[0i];
  let v726: f32 = v725 * l708;
  let v727: f32 = v724 - v726;
  t727[i] = v727;
}
