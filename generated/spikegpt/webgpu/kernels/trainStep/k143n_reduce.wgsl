// kernel k143n_reduce
@group(0) @binding(0) var<storage, read> t800: array<f32>;
@group(0) @binding(1) var<storage, read_write> t887: array<f32>;
@group(0) @binding(2) var<storage, read> t799: array<f32>;
@group(0) @binding(3) var<storage, read_write> t891: array<f32>;
@group(0) @binding(4) var<storage, read> t543: array<f32>;
@group(0) @binding(5) var<storage, read_write> t915: array<f32>;
@group(0) @binding(6) var<storage, read> t512: array<f32>;
@group(0) @binding(7) var<storage, read_write> t919: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x800: f32 = t800[row];
    let v887: f32 = x800 * x800;
    t887[row] = v887;
    let x799: f32 = t799[row];
    let v891: f32 = x799 * x799;
    t891[row] = v891;
    let x543: f32 = t543[row];
    let v915: f32 = x543 * x543;
    t915[row] = v915;
    let l517: f32 = t512[134144i + row];
    let v919: f32 = l517 * l517;
    t919[row] = v919;
  }
}
