// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1018: array<f32>;
@group(0) @binding(3) var<storage, read> t1029: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1035: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_0_mlp_fc_w[i];
  let l1030: f32 = t736[0i];
  let v1031: f32 = l16 * l1030;
  let x1018: f32 = t1018[i];
  let x1029: f32 = t1029[i];
  let v1032: f32 = x1018 / x1029;
  let l1033: f32 = t710[0i];
  let v1034: f32 = v1032 * l1033;
  let v1035: f32 = v1031 - v1034;
  t1035[i] = v1035;
}
