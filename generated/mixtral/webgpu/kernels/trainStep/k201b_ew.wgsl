// kernel k201b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1009: array<f32>;
@group(0) @binding(3) var<storage, read> t1021: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1032: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l1026: f32 = t1024[0i];
  let v1027: f32 = l0 * l1026;
  let x1009: f32 = t1009[i];
  let x1021: f32 = t1021[i];
  let v1028: f32 = x1009 / x1021;
  let l1030: f32 = t998[0i];
  let v1031: f32 = v1028 * l1030;
  let v1032: f32 = v1027 - v1031;
  t1032[i] = v1032;
}
