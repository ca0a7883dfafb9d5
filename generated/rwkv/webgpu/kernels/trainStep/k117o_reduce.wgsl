// kernel k117o_reduce
@group(0) @binding(0) var<storage, read> t704: array<f32>;
@group(0) @binding(1) var<storage, read_write> t829: array<f32>;
@group(0) @binding(2) var<storage, read> t703: array<f32>;
@group(0) @binding(3) var<storage, read_write> t833: array<f32>;
@group(0) @binding(4) var<storage, read> t702: array<f32>;
@group(0) @binding(5) var<storage, read_write> t837: array<f32>;
@group(0) @binding(6) var<storage, read> t701: array<f32>;
@group(0) @binding(7) var<storage, read_write> t865: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x704: f32 = t704[row];
    let v829: f32 = x704 * x704;
    t829[row] = v829;
    let x703: f32 = t703[row];
    let v833: f32 = x703 * x703;
    t833[row] = v833;
    let x702: f32 = t702[row];
    let v837: f32 = x702 * x702;
    t837[row] = v837;
    let x701: f32 = t701[row];
    let v865: f32 = x701 * x701;
    t865[row] = v865;
  }
}
