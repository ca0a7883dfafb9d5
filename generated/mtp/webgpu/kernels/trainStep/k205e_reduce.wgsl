// kernel k205e_reduce
@group(0) @binding(0) var<storage, read> t1097: array<f32>;
@group(0) @binding(1) var<storage, read> t980: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read> t1019: array<f32>;
@group(0) @binding(4) var<storage, read> t1083: array<f32>;
@group(0) @binding(5) var<storage, read> t1089: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1104: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k205e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1097: f32 = t1097[row * 64i + col];
    let x980: f32 = t980[row * 64i + col];
    let v1098: f32 = x1097 + x980;
    let x986: f32 = t986[row * 64i + col];
    let v1099: f32 = v1098 + x986;
    let v1100: f32 = v1099 + x986;
    let l1019: f32 = t1019[row * 64i + col];
    let v1101: f32 = v1100 + l1019;
    let x1083: f32 = t1083[row * 64i + col];
    let v1102: f32 = v1101 + x1083;
    let x1089: f32 = t1089[row * 64i + col];
    let v1103: f32 = v1102 + x1089;
    let v1104: f32 = v1103 + x1089;
    t1104[row * 64i + col] = v1104;
  }
}
