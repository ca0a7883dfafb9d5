// kernel k111f_reduce
@group(0) @binding(0) var<storage, read> t552: array<f32>;
@group(0) @binding(1) var<storage, read> t554: array<f32>;
@group(0) @binding(2) var<storage, read> t558: array<f32>;
@group(0) @binding(3) var<storage, read> t562: array<f32>;
@group(0) @binding(4) var<storage, read> t566: array<f32>;
@group(0) @binding(5) var<storage, read> t570: array<f32>;
@group(0) @binding(6) var<storage, read> t574: array<f32>;
@group(0) @binding(7) var<storage, read_write> t576: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k111f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x552: f32 = t552[0i];
    let l555: f32 = t554[0i];
    let v556: f32 = x552 + l555;
    let l559: f32 = t558[0i];
    let v560: f32 = v556 + l559;
    let l563: f32 = t562[0i];
    let v564: f32 = v560 + l563;
    let l567: f32 = t566[0i];
    let v568: f32 = v564 + l567;
    let l571: f32 = t570[0i];
    let v572: f32 = v568 + l571;
    let l575: f32 = t574[0i];
    let v576: f32 = v572 + l575;
    t576[0i] = v576;
  }
}
