// kernel k93g_reduce
@group(0) @binding(0) var<storage, read> t350: array<f32>;
@group(0) @binding(1) var<storage, read_write> t564: array<f32>;
@group(0) @binding(2) var<storage, read> t346: array<f32>;
@group(0) @binding(3) var<storage, read_write> t568: array<f32>;
@group(0) @binding(4) var<storage, read> t340: array<f32>;
@group(0) @binding(5) var<storage, read_write> t576: array<f32>;
@group(0) @binding(6) var<storage, read> t334: array<f32>;
@group(0) @binding(7) var<storage, read_write> t584: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x350: f32 = t350[row];
    let v564: f32 = x350 * x350;
    t564[row] = v564;
    let x346: f32 = t346[row];
    let v568: f32 = x346 * x346;
    t568[row] = v568;
    let x340: f32 = t340[row];
    let v576: f32 = x340 * x340;
    t576[row] = v576;
    let x334: f32 = t334[row];
    let v584: f32 = x334 * x334;
    t584[row] = v584;
  }
}
