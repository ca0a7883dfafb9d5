// kernel k127f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1012: array<f32>;
@group(0) @binding(3) var<storage, read> t1019: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1023: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_layers_0_mlp_w3_w[i];
  let l975: f32 = t701[0i];
  let v1020: f32 = l15 * l975;
  let x1012: f32 = t1012[i];
  let x1019: f32 = t1019[i];
  let v1021: f32 = x1012 / x1019;
  let l978: f32 = t675[0i];
  let v1022: f32 = v1021 * l978;
  let v1023: f32 = v1020 - v1022;
  t1023[i] = v1023;
}
