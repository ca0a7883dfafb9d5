// kernel k117n_reduce
@group(0) @binding(0) var<storage, read> t706: array<f32>;
@group(0) @binding(1) var<storage, read_write> t793: array<f32>;
@group(0) @binding(2) var<storage, read> t705: array<f32>;
@group(0) @binding(3) var<storage, read_write> t797: array<f32>;
@group(0) @binding(4) var<storage, read> t478: array<f32>;
@group(0) @binding(5) var<storage, read_write> t821: array<f32>;
@group(0) @binding(6) var<storage, read> t447: array<f32>;
@group(0) @binding(7) var<storage, read_write> t825: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x706: f32 = t706[row];
    let v793: f32 = x706 * x706;
    t793[row] = v793;
    let x705: f32 = t705[row];
    let v797: f32 = x705 * x705;
    t797[row] = v797;
    let x478: f32 = t478[row];
    let v821: f32 = x478 * x478;
    t821[row] = v821;
    let l452: f32 = t447[134144i + row];
    let v825: f32 = l452 * l452;
    t825[row] = v825;
  }
}
