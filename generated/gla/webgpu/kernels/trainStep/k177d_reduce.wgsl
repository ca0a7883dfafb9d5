// kernel k177d_reduce
@group(0) @binding(0) var<storage, read> t497: array<f32>;
@group(0) @binding(1) var<storage, read_write> t768: array<f32>;
@group(0) @binding(2) var<storage, read> t382: array<f32>;
@group(0) @binding(3) var<storage, read_write> t800: array<f32>;
@group(0) @binding(4) var<storage, read> t354: array<f32>;
@group(0) @binding(5) var<storage, read_write> t812: array<f32>;
@group(0) @binding(6) var<storage, read> t321: array<f32>;
@group(0) @binding(7) var<storage, read_write> t828: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k177d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x497: f32 = t497[row];
    let v768: f32 = x497 * x497;
    t768[row] = v768;
    let x382: f32 = t382[row];
    let v800: f32 = x382 * x382;
    t800[row] = v800;
    let x354: f32 = t354[row];
    let v812: f32 = x354 * x354;
    t812[row] = v812;
    let x321: f32 = t321[row];
    let v828: f32 = x321 * x321;
    t828[row] = v828;
  }
}
