// kernel k235b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read> t1123: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1134: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l1128: f32 = t1126[0i];
  let v1129: f32 = l0 * l1128;
  let x1111: f32 = t1111[i];
  let x1123: f32 = t1123[i];
  let v1130: f32 = x1111 / x1123;
  let l1132: f32 = t1100[0i];
  let v1133: f32 = v1130 * l1132;
  let v1134: f32 = v1129 - v1133;
  t1134[i] = v1134;
}
