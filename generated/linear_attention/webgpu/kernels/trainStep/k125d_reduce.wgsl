// kernel k125d_reduce
@group(0) @binding(0) var<storage, read> t476: array<f32>;
@group(0) @binding(1) var<storage, read_write> t656: array<f32>;
@group(0) @binding(2) var<storage, read> t438: array<f32>;
@group(0) @binding(3) var<storage, read_write> t676: array<f32>;
@group(0) @binding(4) var<storage, read> t434: array<f32>;
@group(0) @binding(5) var<storage, read_write> t680: array<f32>;
@group(0) @binding(6) var<storage, read> t341: array<f32>;
@group(0) @binding(7) var<storage, read_write> t700: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x476: f32 = t476[row];
    let v656: f32 = x476 * x476;
    t656[row] = v656;
    let x438: f32 = t438[row];
    let v676: f32 = x438 * x438;
    t676[row] = v676;
    let x434: f32 = t434[row];
    let v680: f32 = x434 * x434;
    t680[row] = v680;
    let x341: f32 = t341[row];
    let v700: f32 = x341 * x341;
    t700[row] = v700;
  }
}
