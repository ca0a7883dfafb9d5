// kernel k124l_ew
@group(0) @binding(0) var<storage, read> p_layers_0_local_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t966: array<f32>;
@group(0) @binding(3) var<storage, read> t973: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t977: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_local_wo_w[i];
  let l743: f32 = t687[0i];
  let v974: f32 = l14 * l743;
  let x966: f32 = t966[i];
  let x973: f32 = t973[i];
  let v975: f32 = x966 / x973;
  let l746: f32 = t661[0i];
  let v976: f32 = v975 * l746;
  let v977: f32 = v974 - v976;
  t977[i] = v977;
}
