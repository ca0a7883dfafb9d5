// kernel k144b_ew
@group(0) @binding(0) var<storage, read> p_emb_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1015: array<f32>;
@group(0) @binding(3) var<storage, read> t1027: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1038: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_emb_w[i];
  let l1032: f32 = t1030[0i];
  let v1033: f32 = l0 * l1032;
  let x1015: f32 = t1015[i];
  let x1027: f32 = t1027[i];
  let v1034: f32 = x1015 / x1027;
  let l1036: f32 = t1004[0i];
  let v1037: f32 = v1034 * l1036;
  let v1038: f32 = v1033 - v1037;
  t1038[i] = v1038;
}
