// kernel k110b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1076: array<f32>;
@group(0) @binding(3) var<storage, read> t1083: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1087: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_1_attn_wq_w[i];
  let l743: f32 = t714[0i];
  let v1084: f32 = l20 * l743;
  let x1076: f32 = t1076[i];
  let x1083: f32 = t1083[i];
  let v1085: f32 = x1076 / x1083;
  let l746: f32 = t688[0i];
  let v1086: f32 = v1085 * l746;
  let v1087: f32 = v1084 - v1086;
  t1087[i] = v1087;
}
