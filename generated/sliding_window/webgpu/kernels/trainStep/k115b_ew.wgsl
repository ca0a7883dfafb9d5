// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t693: array<f32>;
@group(0) @binding(3) var<storage, read> t704: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t710: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l705: f32 = t623[0i];
  let v706: f32 = l3 * l705;
  let x693: f32 = t693[i];
  let x704: f32 = t704[i];
  let v707: f32 = x693 / x704;
  let l708: f32 = t597[0i];
  let v709: f32 = v707 * l708;
  let v710: f32 = v706 - v709;
  t710[i] = v710;
}
