// kernel k117m_reduce
@group(0) @binding(0) var<storage, read> t613: array<f32>;
@group(0) @binding(1) var<storage, read_write> t753: array<f32>;
@group(0) @binding(2) var<storage, read> t709: array<f32>;
@group(0) @binding(3) var<storage, read_write> t757: array<f32>;
@group(0) @binding(4) var<storage, read> t708: array<f32>;
@group(0) @binding(5) var<storage, read_write> t761: array<f32>;
@group(0) @binding(6) var<storage, read> t707: array<f32>;
@group(0) @binding(7) var<storage, read_write> t765: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117m_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let l618: f32 = t613[134144i + row];
    let v753: f32 = l618 * l618;
    t753[row] = v753;
    let x709: f32 = t709[row];
    let v757: f32 = x709 * x709;
    t757[row] = v757;
    let x708: f32 = t708[row];
    let v761: f32 = x708 * x708;
    t761[row] = v761;
    let x707: f32 = t707[row];
    let v765: f32 = x707 * x707;
    t765[row] = v765;
  }
}
