// kernel k199b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t978: array<f32>;
@group(0) @binding(3) var<storage, read> t990: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1001: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l995: f32 = t993[0i];
  let v996: f32 = l0 * l995;
  let x978: f32 = t978[i];
  let x990: f32 = t990[i];
  let v997: f32 = x978 / x990;
  let l999: f32 = t967[0i];
  let v1000: f32 = v997 * l999;
  let v1001: f32 = v996 - v1000;
  t1001[i] = v1001;
}
