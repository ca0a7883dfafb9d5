// kernel k89h_reduce
@group(0) @binding(0) var<storage, read> t362: array<f32>;
@group(0) @binding(1) var<storage, read_write> t631: array<f32>;
@group(0) @binding(2) var<storage, read> t322: array<f32>;
@group(0) @binding(3) var<storage, read_write> t643: array<f32>;
@group(0) @binding(4) var<storage, read> t318: array<f32>;
@group(0) @binding(5) var<storage, read_write> t647: array<f32>;
@group(0) @binding(6) var<storage, read> t279: array<f32>;
@group(0) @binding(7) var<storage, read_write> t667: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x362: f32 = t362[row];
    let v631: f32 = x362 * x362;
    t631[row] = v631;
    let x322: f32 = t322[row];
    let v643: f32 = x322 * x322;
    t643[row] = v643;
    let x318: f32 = t318[row];
    let v647: f32 = x318 * x318;
    t647[row] = v647;
    let x279: f32 = t279[row];
    let v667: f32 = x279 * x279;
    t667[row] = v667;
  }
}
