// kernel k117p_reduce
@group(0) @binding(0) var<storage, read> t700: array<f32>;
@group(0) @binding(1) var<storage, read_write> t869: array<f32>;
@group(0) @binding(2) var<storage, read> t321: array<f32>;
@group(0) @binding(3) var<storage, read_write> t885: array<f32>;
@group(0) @binding(4) var<storage, read> t317: array<f32>;
@group(0) @binding(5) var<storage, read_write> t889: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117p_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x700: f32 = t700[row];
    let v869: f32 = x700 * x700;
    t869[row] = v869;
    let x321: f32 = t321[row];
    let v885: f32 = x321 * x321;
    t885[row] = v885;
    let x317: f32 = t317[row];
    let v889: f32 = x317 * x317;
    t889[row] = v889;
  }
}
